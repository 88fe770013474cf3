import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/**
 * Files allowed an `as unknown as` (the lint rule on lib/ below), each for a reason that is not
 * data read from the database:
 * - plan/plan-workbook.ts, calendar/workbook.ts: exceljs declares load() with its own Buffer type.
 * - db/schema-engine.ts: the PGlite adapter satisfies Prisma's migration adapter without declaring it.
 * - dashboard/xlsx.ts, documents/reports.ts: the ranking sentences take a plain (key) => string translator.
 * - delivery/channel-store.ts: the SMTP_URL e-mail channel has no row id (a null id in a string field).
 */
const CASTS_THROUGH_UNKNOWN = [
  "lib/plan/plan-workbook.ts",
  "lib/calendar/workbook.ts",
  "lib/db/schema-engine.ts",
  "lib/dashboard/xlsx.ts",
  "lib/documents/reports.ts",
  "lib/delivery/channel-store.ts",
];

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", ".data/**", "lib/db/generated/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Pages and components never talk to the database directly: they call lib/ queries.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [{ group: ["**/lib/db/client", "@/lib/db/client", "**/lib/db/generated/client", "@prisma/*"], message: "Pages and components call lib/<domain>/queries instead of Prisma." }],
          // The one form mechanism (docs/architecture.md, "Forms"): a refused submission keeps what was typed.
          paths: [
            { name: "react", importNames: ["useActionState"], message: "Forms use useFormAction + <ActionForm> (components/ui/use-form-action.ts)." },
            { name: "react-dom", importNames: ["useFormState", "useFormStatus"], message: "Forms use useFormAction + <ActionForm>; SubmitButton knows the pending state." },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          // A <form action={fn}> is reset by React 19 after every submission, wiping what the user typed.
          selector: "JSXOpeningElement[name.name='form']:not(:has(JSXAttribute[name.name='method'][value.value='get']))",
          message: "A form is an <ActionForm form={useFormAction(...)}> (components/ui/action-form.tsx); only a GET search form is a plain <form method=\"get\">.",
        },
        {
          selector: "JSXAttribute[name.name='formAction']",
          message: "One form, several actions: byIntent({ … }) from components/ui/use-form-action.ts with data-intent on the buttons.",
        },
      ],
    },
  },
  {
    // Server actions go through the one runner, runFormAction (lib/server/form-action.ts): it
    // reads the session, parses, authorizes, writes in a transaction and turns errors into
    // values. An action file that reads the session itself is hand-writing that prologue.
    files: ["lib/**/*actions.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/auth/session", "**/auth/session", "./session"], importNames: ["requireActionUser", "requireUser", "getCurrentUser"], message: "Server actions go through runFormAction (lib/server/form-action.ts), which reads the session." },
            { group: ["@/lib/auth/session-token", "**/auth/session-token", "./session-token"], importNames: ["requestSession", "readSessionToken"], message: "Server actions go through runFormAction (lib/server/form-action.ts), which reads the session." },
          ],
        },
      ],
    },
  },
  {
    // Stored JSON and other data from outside the program are parsed with zod (lib/server/stored-json.ts),
    // never cast through unknown. The files below hold casts that are not about such data, each for
    // its reason; the list only shrinks.
    files: ["lib/**/*.ts"],
    ignores: CASTS_THROUGH_UNKNOWN,
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "TSAsExpression[expression.type='TSAsExpression'][expression.typeAnnotation.type='TSUnknownKeyword']",
          message: "No `as unknown as`: parse stored JSON with its schema (lib/<domain>/schema.ts, readStoredJson) or fix the type.",
        },
      ],
    },
  },
];

export default config;

import { expect, type Locator, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Demo@2026";

export const ACCOUNTS = {
  admin: "admin@demo.gov.cn",
  supervisor: "office@demo.gov.cn",
  leader: "leader@demo.gov.cn",
  reporter: "kjj@demo.gov.cn",
} as const;

export async function login(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("邮箱").fill(email);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByTestId("logout")).toBeVisible();
}

export function nav(page: Page) {
  return page.getByTestId("main-nav");
}

/**
 * A value typed into one form field: text for an input or textarea, an option's label for a
 * select, a state for a checkbox. The sticky-form specs type a list of these, submit a value
 * the server refuses, and expect every one of them still there.
 */
export type Typed = { field: Locator; text: string } | { field: Locator; option: string } | { field: Locator; checked: boolean };

export async function typeAll(entries: Typed[]): Promise<void> {
  for (const entry of entries) {
    if ("option" in entry) await entry.field.selectOption({ label: entry.option });
    else if ("checked" in entry) await entry.field.setChecked(entry.checked);
    else await entry.field.fill(entry.text);
  }
}

/** Every field still holds what was typed (a reset form shows its defaults instead). */
export async function expectAllKept(entries: Typed[]): Promise<void> {
  expect(entries.length).toBeGreaterThan(2);
  for (const entry of entries) {
    if ("option" in entry) await expect(entry.field.locator("option:checked")).toHaveText(entry.option);
    else if ("checked" in entry) await (entry.checked ? expect(entry.field).toBeChecked() : expect(entry.field).not.toBeChecked());
    else await expect(entry.field).toHaveValue(entry.text);
  }
}

/** The server's message is shown at the field: marked invalid and describing it (aria-describedby). */
export async function expectFieldError(field: Locator, message: string): Promise<void> {
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(message);
}

import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authConfig } from "./config";
import { checkSignIn, clientIp } from "./sign-in";

export class InvalidCredentialsError extends CredentialsSignin {
  code = "credentials";
}

/** Carries the retry time in its code: "throttled:<epoch ms>". */
export class ThrottledError extends CredentialsSignin {
  constructor(retryAt: Date) {
    super();
    this.code = `throttled:${retryAt.getTime()}`;
  }
}

const credentialsSchema = z.object({ email: z.string().trim().min(1).max(200), password: z.string().min(1).max(200) });

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A wrong password is an expected outcome (recorded in LoginAttempt), not a server error.
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) throw new InvalidCredentialsError();
        const outcome = await checkSignIn(parsed.data.email, parsed.data.password, clientIp(request.headers));
        if (outcome.ok) return outcome.user;
        if (outcome.reason === "throttled") throw new ThrottledError(outcome.retryAt);
        throw new InvalidCredentialsError();
      },
    }),
  ],
});

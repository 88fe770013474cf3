// Messages carry absolute links to the page that acts on them. The base is APP_URL (the
// address people reach the product at, e.g. https://cj.example.gov.cn); without it, the
// address the server listens on. An anonymous visitor is sent to /login and, after
// signing in, lands on the link's page (proxy.ts keeps it as callbackUrl).
export function appBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.APP_URL?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  return `http://localhost:${env.PORT ?? 3000}`;
}

export function absoluteLink(path: string | null | undefined, env: NodeJS.ProcessEnv = process.env): string | null {
  if (!path) return null;
  if (/^https?:\/\//.test(path)) return path;
  return `${appBaseUrl(env)}${path.startsWith("/") ? path : `/${path}`}`;
}

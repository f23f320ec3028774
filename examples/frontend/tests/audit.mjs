// graphql-http's GraphQL-over-HTTP audit of one endpoint, every request with a token.
// Usage: node tests/audit.mjs URL TOKEN; prints the results as JSON, one per audit.
import { auditServer } from "graphql-http";

const [url, token] = process.argv.slice(2);
if (!url || !token) {
  console.error("usage: node tests/audit.mjs URL TOKEN");
  process.exit(2);
}

function withToken(input, init = {}) {
  const headers = new Headers(init.headers);
  headers.set("authorization", `Bearer ${token}`);
  return fetch(input, { ...init, headers });
}

const results = await auditServer({ url, fetchFn: withToken });
const summary = await Promise.all(
  results.map(async (result) => ({
    id: result.id,
    name: result.name,
    status: result.status,
    reason: result.reason ?? null,
    body: result.response ? await result.response.text().catch(() => null) : null,
  })),
);
console.log(JSON.stringify(summary, null, 2));

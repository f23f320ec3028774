// Typed operations for the example queries (../queries/*.graphql), one generated module
// per schema: each district's own (exported with `gridgov export-schema --district CODE`)
// and core's, for the queries every district can run (the dashboard uses those).
// Run: npm run codegen (make test checks the committed output is current).
import { readdirSync, readFileSync } from "node:fs";
import type { CodegenConfig } from "@graphql-codegen/cli";

const QUERIES = "../queries";
const TINGHU = "320902";
const YANDU = "320903";

/** The districts a query runs against, from its `# district: CODE [CODE...]` header. */
function districtsOf(file: string): string[] {
  const header = /^# district: (.+)$/m.exec(readFileSync(`${QUERIES}/${file}`, "utf8"));
  return header ? header[1].trim().split(/\s+/) : [];
}

const files = readdirSync(QUERIES).filter((f) => f.endsWith(".graphql")).sort();
const of = (district: string) =>
  files.filter((f) => districtsOf(f).includes(district)).map((f) => `${QUERIES}/${f}`);
const everywhere = files
  .filter((f) => [TINGHU, YANDU].every((d) => districtsOf(f).includes(d)))
  .map((f) => `${QUERIES}/${f}`);

const client = {
  preset: "client" as const,
  presetConfig: { fragmentMasking: false },
  config: {
    // Documents as plain strings: sent with fetch, no GraphQL runtime in the browser.
    documentMode: "string",
    useTypeImports: true,
    enumsAsTypes: true,
    skipTypename: true,
    avoidOptionals: { field: true, inputValue: false },
    // Imports end in .js, so the compiled modules load in a browser as they are.
    emitLegacyCommonJSImports: false,
    scalars: {
      Date: "string", // 2025-01-31
      DateTime: "string", // ISO 8601 with offset
      Time: "string", // 22:00:00, a local time of day
      JSON: "import('../../json.js').JsonValue",
    },
  },
};

const config: CodegenConfig = {
  overwrite: true,
  ignoreNoDocuments: false,
  generates: {
    "src/gql/tinghu/": { schema: `schema/${TINGHU}.graphql`, documents: of(TINGHU), ...client },
    "src/gql/yandu/": { schema: `schema/${YANDU}.graphql`, documents: of(YANDU), ...client },
    "src/gql/core/": { schema: "../../schema/core.graphql", documents: everywhere, ...client },
  },
};

export default config;

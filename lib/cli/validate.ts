// Checks a report against the contract's JSON schema (lib/report.schema.json, the project's mirror of
// ../shared/contract/report.schema.json; a test keeps the two equal). Used by `--validate` and the tests.
import Ajv2020 from 'ajv/dist/2020';
import schema from '../report.schema.json';

let compiled: ReturnType<Ajv2020['compile']> | null = null;

/** The schema errors of a report, as short readable lines; empty when it is valid. */
export function reportErrors(report: unknown): string[] {
  compiled ??= new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  if (compiled(report)) return [];
  return (compiled.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}

// guardrail: check drafts, list identifiers, validate and test packs (see policies/README.md).
// Bad input of any kind is one line on stderr and exit 2, never a stack trace.
import { UsageError } from './args';
import { check } from './check';
import { identifiers } from './identifiers';
import { pack } from './pack';
import { InputError } from './packs';

const USAGE = `usage:
  guardrail check [--pack FILE]... [--no-core] [--platform P] [--author ROLE] [--format text|json] [FILE|-]
  guardrail check --jsonl [--pack FILE]... [--no-core]      stdin lines {id,text,platform,author} -> {id,findings}
  guardrail identifiers --jsonl                            stdin lines {id,text} -> {id,identifiers}
  guardrail pack validate FILE                             exit 0 valid, 2 invalid
  guardrail pack test FILE                                 runs the pack's examples; exit 1 on a failure`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'check':
      return check(rest);
    case 'identifiers':
      return identifiers(rest);
    case 'pack':
      return pack(rest);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(USAGE);
      return command ? 0 : 2;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError) console.error(`guardrail: ${e.message}\n${USAGE}`);
    else if (e instanceof InputError) console.error(e.message);
    else console.error(`guardrail: internal error: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 2;
  },
);

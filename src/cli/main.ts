/**
 * The `kvs` program: argument parsing and exit codes only.
 * Exit codes, the same for every command: 0 done and nothing wrong;
 * 1 done and problems found; 2 bad usage or config, nothing done.
 */
import { Command, CommanderError, Option } from 'commander';
import type { Lang } from '../types.js';
import { UsageError } from '../errors.js';
import { toolVersion } from '../meta.js';
import { cliText } from './text.js';
import { runCheck, type CheckCliOptions } from './check.js';
import { runRules, type RulesCliOptions } from './rules.js';
import { isLang } from '../i18n.js';

export const exitCodes = { ok: 0, problems: 1, usage: 2 } as const;

/** --lang must be known before the help texts are built. */
function langFrom(argv: string[]): Lang {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = index === -1 ? process.env['KVS_LANG'] : argv[index]!.includes('=') ? argv[index]!.split('=')[1] : argv[index + 1];
  return value && isLang(value) ? value : 'da';
}

export async function main(argv: string[]): Promise<number> {
  const lang = langFrom(argv);
  const t = cliText[lang];
  let exitCode: number = exitCodes.ok;
  const program = new Command('kvs')
    .description(t.description)
    .version(toolVersion, '-v, --version', t.version)
    .helpOption('-h, --help', t.help)
    .helpCommand('help [command]', t.helpCommand)
    .addOption(new Option('--lang <lang>', t.lang).choices(['da', 'en']).default('da'))
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) })
    .showHelpAfterError();

  program
    .command('check')
    .description(t.check)
    .argument('[paths...]', t.checkPaths)
    .option('-f, --format <format>', t.format, 'stylish')
    .option('-o, --output-file <file>', t.outputFile)
    .option('--as-of <date>', t.asOf)
    .option('-c, --config <file>', t.config)
    .option('-q, --quiet', t.quiet, false)
    .option('--max-warnings <n>', t.maxWarnings)
    .action(async (paths: string[], options: CheckCliOptions) => {
      exitCode = await runCheck(paths, { ...options, lang });
    });

  program
    .command('rules')
    .description(t.rules)
    .option('--as-of <date>', t.asOf)
    .option('-f, --format <format>', t.rulesFormat, 'text')
    .option('-c, --config <file>', t.config)
    .action((options: RulesCliOptions) => {
      exitCode = runRules({ ...options, lang });
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here too, with code 0.
      return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`kvs: ${error.localized[lang]}\n`);
      return exitCodes.usage;
    }
    process.stderr.write(`kvs: ${t.unexpected}\n${(error as Error).stack ?? String(error)}\n`);
    return exitCodes.usage;
  }
}

/**
 * The `kvs` program: argument parsing and exit codes only.
 * Exit codes, the same for every command: 0 done and nothing wrong;
 * 1 done and problems found; 2 bad usage or config, nothing done.
 */
import { Command, CommanderError, Help, Option, type HelpConfiguration } from 'commander';
import type { Lang } from '../types.js';
import { UsageError } from '../errors.js';
import { WriteError } from '../fs/write.js';
import { toolVersion } from '../meta.js';
import { cliWords, type CliWords } from '../i18n/cli.js';
import type { CheckCliOptions } from './check.js';
import type { RulesCliOptions } from './rules.js';
import type { ImportCliOptions } from './import.js';
import type { ExportCliOptions } from './export.js';
import { exportWords } from '../i18n/export.js';
import type { BuildCliOptions } from './build.js';
import type { CompareCliOptions } from './compare.js';
import type { NewCliOptions } from './new.js';
import { initWords } from '../i18n/init.js';
import { newWords } from '../i18n/new.js';
import { rewriteWords } from '../i18n/rewrite.js';
import { diffWords } from '../i18n/diff.js';
import { isLang } from '../i18n/index.js';
import { checkWords } from '../i18n/check.js';
import { watchWords } from '../i18n/watch.js';
import { previewWords } from '../i18n/preview.js';
import type { PreviewCliOptions } from './preview.js';
import { fixWords } from '../i18n/fix.js';
import { coverageWords } from '../i18n/coverage.js';
import type { CoverageCliOptions } from './coverage.js';
import type { FixCliOptions } from './fix.js';
import { redlineWords } from '../i18n/redline.js';
import { plainError, plainLine, plainLines } from '../report/terminal-text.js';

export const exitCodes = { ok: 0, problems: 1, usage: 2 } as const;

/**
 * --lang must be known before the help texts are built. Undefined when neither
 * --lang nor KVS_LANG says it: then the config's `lang` decides, else Danish.
 */
function langFrom(argv: string[]): Lang | undefined {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = index === -1 ? process.env['KVS_LANG'] : argv[index]!.includes('=') ? argv[index]!.split('=')[1] : argv[index + 1];
  return value && isLang(value) ? value : undefined;
}

/** Commander writes "Usage:", "Options:", "(default: …)" itself; say them in the chosen language. */
function localizedHelp(t: CliWords): HelpConfiguration {
  const base = new Help();
  const extras = (text: string) =>
    text.replace(/\((choices|default): |, default: /g, (found) =>
      found.replace('choices', t.helpChoices).replace('default', t.helpDefault),
    );
  return {
    styleTitle: (title) => t.helpTitles[title] ?? title,
    optionDescription: (option) => extras(base.optionDescription(option)),
    argumentDescription: (argument) => extras(base.argumentDescription(argument)),
  };
}

/** An option's old name: still read, left out of the help (issue 14: one name for one thing; CHANGELOG.md). */
function oldName(flags: string): Option {
  return new Option(flags).hideHelp();
}

/** The value of a renamed option, from its new name or, with a note, its old one. */
function renamed(lang: Lang, now: Record<string, string | undefined>, old: Record<string, string | undefined>, newFlag: string): string | undefined {
  const [value] = Object.values(now);
  const [oldFlag, oldValue] = Object.entries(old)[0] ?? [];
  if (oldValue === undefined) return value;
  const flag = `--${oldFlag!.replace(/[A-Z]/gu, (c) => `-${c.toLowerCase()}`)}`;
  process.stderr.write(`kvs: ${cliWords[lang].oldName(flag, newFlag)}\n`);
  return value ?? oldValue;
}

/** Commander's error in the chosen language (see `commanderErrors`). */
function commanderMessage(text: string, t: CliWords): string {
  return t.commanderErrors.reduce((message, [pattern, replacement]) => message.replace(pattern, replacement), text);
}

/** One set of format names: "markdown" is "md" everywhere. */
function formatName(format: string): string {
  return format.toLowerCase() === 'markdown' ? 'md' : format;
}

/** `ownProcess`: called by the `kvs` program (bin/kvs.js), whose process ends with the command (src/cli/own-process.ts). */
export async function main(argv: string[], { ownProcess = false } = {}): Promise<number> {
  const chosenLang = langFrom(argv);
  const lang = chosenLang ?? 'da';
  // --lang or KVS_LANG, when given; otherwise each command takes the config's `lang` (src/cli/context.ts).
  const given = chosenLang ? { lang: chosenLang } : {};
  const t = cliWords[lang];
  let exitCode: number = exitCodes.ok;
  /** The command left nothing running: the kvs program's process may end at once (src/cli/own-process.ts). */
  let oneShot = false;
  const program = new Command('kvs')
    .description(t.description)
    .version(toolVersion, '-v, --version', t.version)
    .helpOption('-h, --help', t.help)
    .helpCommand('help [command]', t.helpCommand)
    .addOption(new Option('--lang <lang>', t.lang).choices(['da', 'en']).default('da'))
    .configureHelp(localizedHelp(t))
    .exitOverride()
    .configureOutput({
      writeErr: (text) => process.stderr.write(plainLines(text)),
      outputError: (text, write) => write(plainLines(commanderMessage(text, t))),
    })
    .showHelpAfterError();

  program
    .command('init')
    .description(initWords[lang].description)
    .argument('[dir]', initWords[lang].dir, '.')
    .option('--ci <system>', initWords[lang].ci, 'github')
    .action(async (dir: string, options: { ci: string }) => {
      const { runInit } = await import('./init.js');
      exitCode = runInit(dir, { lang, ci: options.ci });
    });

  program
    .command('new')
    .description(newWords[lang].description)
    .option('--kommune <name>', newWords[lang].kommune)
    .option('--title <title>', newWords[lang].title)
    .option('--as-of <date>', newWords[lang].asOf)
    .option('-o, --output <file>', newWords[lang].out)
    .addOption(oldName('--out <file>'))
    .option('-c, --config <file>', t.config)
    .action(async ({ output, out, ...options }: Omit<NewCliOptions, 'lang'> & { output?: string }) => {
      const { runNew } = await import('./new.js');
      const file = renamed(lang, { output }, { out }, '-o, --output');
      exitCode = runNew({ ...options, ...(file ? { out: file } : {}), ...given });
    });

  program
    .command('check')
    .description(t.check)
    .argument('[paths...]', t.checkPaths)
    .option('-f, --format <format>', t.format, 'stylish')
    .option('-o, --output <file>', t.outputFile)
    .addOption(oldName('--output-file <file>'))
    .option('--as-of <date>', t.asOf)
    .option('-c, --config <file>', t.config)
    .option('-q, --quiet', t.quiet)
    .option('--max-warnings <n>', t.maxWarnings)
    .option('--no-cache', t.noCache)
    .option('--cache-location <dir>', t.cacheLocation)
    .option('-j, --jobs <n>', t.jobs)
    .option('--baseline <file>', checkWords[lang].baseline)
    .option('--write-baseline', checkWords[lang].writeBaseline)
    .option('--changed [ref]', checkWords[lang].changed)
    .option('--no-inline-config', t.noInlineConfig)
    .option('--report-unused-disable-directives', t.reportUnused)
    .option('-w, --watch', watchWords[lang].watch)
    .option('--verbose', t.verbose)
    .action(async (paths: string[], { output, outputFile, watch, ...rest }: CheckCliOptions & { output?: string; watch?: boolean }) => {
      const file = renamed(lang, { output }, { outputFile }, '-o, --output');
      const options = { ...rest, quiet: rest.quiet === true, ...(file ? { outputFile: file } : {}), ...given };
      if (watch) {
        const { watchCheck } = await import('./watch.js');
        exitCode = await watchCheck(paths, options);
        return;
      }
      // Each command loads only what it needs: `kvs check` never loads the importer.
      const { processIo, runCheck } = await import('./check.js');
      exitCode = await runCheck(paths, options, processIo(), ownProcess);
      oneShot = ownProcess;
    });

  program
    .command('import')
    .description(t.import)
    .argument('[files...]', t.importFiles)
    .option('--out-dir <dir>', t.importOut)
    .addOption(oldName('--out <dir>'))
    .option('-o, --output <file>', t.importOutput)
    .option('--kommune <name>', t.importKommune)
    .option('--from <format>', t.importFrom)
    .option('--report <file>', t.importReport)
    .option('--force', t.importForce)
    .option('--keep-changes', exportWords[lang].importKeepChanges)
    .option('-c, --config <file>', t.config)
    .action(async (files: string[], { outDir, out, ...options }: Omit<ImportCliOptions, 'lang' | 'out'> & { outDir?: string; out?: string }) => {
      const { runImport } = await import('./import.js');
      const folder = renamed(lang, { outDir }, { out }, '--out-dir') ?? 'standards';
      exitCode = runImport(files, { ...options, force: options.force === true, out: folder, ...given });
    });

  program
    .command('export')
    .description(exportWords[lang].export)
    .argument('<file>', exportWords[lang].exportFile)
    .option('--docx', exportWords[lang].docx)
    .option('--changes', exportWords[lang].changes)
    .option('-o, --output <file>', exportWords[lang].output)
    .option('--author <name>', exportWords[lang].author)
    .option('--force', exportWords[lang].force)
    .option('-c, --config <file>', t.config)
    .action(async (file: string, options: Omit<ExportCliOptions, 'lang'>) => {
      const { runExport } = await import('./export.js');
      // Word is the only format: --docx may be left out.
      exitCode = await runExport(file, { ...options, docx: true, ...given });
    });

  program
    .command('build')
    .description(t.build)
    .argument('[paths...]', t.checkPaths)
    .option('--out-dir <dir>', t.buildOut)
    .addOption(oldName('--out <dir>'))
    .option('--only <kind>', t.buildOnly)
    .option('--strict', t.buildStrict)
    .option('--imposition', t.buildImposition)
    .option('--no-cache', t.buildNoCache)
    .option('--as-of <date>', t.asOf)
    .option('-c, --config <file>', t.config)
    .option('-w, --watch', watchWords[lang].watch)
    .option('--review', redlineWords[lang].review)
    .action(async (paths: string[], { watch, outDir, out, ...rest }: Omit<BuildCliOptions, 'out'> & { watch?: boolean; outDir?: string; out?: string }) => {
      const folder = renamed(lang, { outDir }, { out }, '--out-dir') ?? 'output';
      const options = { ...rest, strict: rest.strict === true, imposition: rest.imposition === true, out: folder, ...given };
      if (watch) {
        const { watchBuild } = await import('./watch.js');
        exitCode = await watchBuild(paths, options);
        return;
      }
      const { runBuild } = await import('./build.js');
      exitCode = await runBuild(paths, options, ownProcess);
    });

  program
    .command('fix')
    .description(fixWords[lang].fix)
    .argument('[paths...]', fixWords[lang].paths)
    .option('--write', fixWords[lang].write)
    .option('--as-of <date>', t.asOf)
    .option('-c, --config <file>', t.config)
    .action(async (paths: string[], options: FixCliOptions) => {
      const { runFix } = await import('./fix.js');
      exitCode = await runFix(paths, { ...options, write: options.write === true, ...given });
    });

  program
    .command('preview')
    .description(previewWords[lang].preview)
    .argument('[paths...]', t.checkPaths)
    .option('-p, --port <n>', previewWords[lang].port, '4173')
    .option('--out-dir <dir>', t.buildOut)
    .addOption(oldName('--out <dir>'))
    .option('--only <kind>', t.buildOnly)
    .option('--as-of <date>', t.asOf)
    .option('-c, --config <file>', t.config)
    .action(async (paths: string[], { outDir, out, ...options }: Omit<PreviewCliOptions, 'out'> & { outDir?: string; out?: string }) => {
      const { runPreview } = await import('./preview.js');
      const folder = renamed(lang, { outDir }, { out }, '--out-dir') ?? 'output';
      exitCode = await runPreview(paths, { ...options, out: folder, ...given });
    });

  program
    .command('compare')
    .description(t.compare)
    .argument('[paths...]', t.checkPaths)
    // No default: without --format the format follows the output file's extension, else Markdown.
    .option('-f, --format <format>', t.compareFormat)
    .option('-o, --output <file>', t.compareOut)
    .addOption(oldName('--out <file>'))
    .option('--as-of <date>', t.asOf)
    .option('-c, --config <file>', t.config)
    .action(async (paths: string[], { output, out, format, ...options }: CompareCliOptions & { output?: string }) => {
      const { runCompare } = await import('./compare.js');
      const file = renamed(lang, { output }, { out }, '-o, --output');
      exitCode = await runCompare(paths, { ...options, ...(format ? { format: formatName(format) } : {}), ...(file ? { out: file } : {}), ...given });
    });

  program
    .command('rules')
    .description(t.rules)
    .option('--as-of <date>', t.asOf)
    .option('-f, --format <format>', t.rulesFormat, 'text')
    .option('-c, --config <file>', t.config)
    .action(async (options: RulesCliOptions) => {
      const { runRules } = await import('./rules.js');
      exitCode = runRules({ ...options, format: options.format === 'md' ? 'markdown' : options.format, ...given });
    });

  program
    .command('coverage')
    .description(coverageWords[lang].coverage)
    .argument('[paths...]', t.checkPaths)
    .option('-f, --format <format>', coverageWords[lang].format, 'text')
    .option('--as-of <date>', t.asOf)
    .option('-c, --config <file>', t.config)
    .action(async (paths: string[], options: CoverageCliOptions) => {
      const { runCoverage } = await import('./coverage.js');
      exitCode = await runCoverage(paths, { ...options, ...given });
    });

  program
    .command('fmt')
    .description(rewriteWords[lang].fmt)
    .argument('[paths...]', rewriteWords[lang].fmtPaths)
    .option('--check', rewriteWords[lang].fmtCheck)
    .option('--diff', rewriteWords[lang].fmtDiff)
    .option('-c, --config <file>', t.config)
    .action(async (paths: string[], options: { check: boolean; diff: boolean; config?: string }) => {
      const { runFmt } = await import('./fmt.js');
      exitCode = await runFmt(paths, { ...options, check: options.check === true, diff: options.diff === true, ...given });
    });

  program
    .command('diff')
    .description(diffWords[lang].diff)
    .argument('[files...]', diffWords[lang].diffFiles)
    .option('-f, --format <format>', diffWords[lang].diffFormat, 'md')
    .option('--rev <range>', diffWords[lang].diffRev)
    .option('-c, --config <file>', t.config)
    .action(async (files: string[], options: { format: string; rev?: string; config?: string }) => {
      const { runDiff } = await import('./diff.js');
      exitCode = runDiff(files, { ...options, format: formatName(options.format), ...given });
    });

  program
    .command('accept')
    .description(rewriteWords[lang].accept)
    .argument('[files...]', rewriteWords[lang].acceptFiles)
    .option('--dry-run', rewriteWords[lang].acceptDryRun)
    .option('-c, --config <file>', t.config)
    .action(async (files: string[], options: { dryRun: boolean; config?: string }) => {
      const { runAccept } = await import('./accept.js');
      exitCode = await runAccept(files, { ...options, dryRun: options.dryRun === true, ...given });
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    if (oneShot) {
      const { endNow } = await import('./own-process.js');
      endNow(exitCode);
    }
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here too, with code 0.
      return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
    }
    // A full disk or a read-only folder is not a bug: the message says what to do, no stack.
    if (error instanceof UsageError || error instanceof WriteError) {
      process.stderr.write(`kvs: ${plainLine(error.localized[lang])}\n`);
      return exitCodes.usage;
    }
    process.stderr.write(`kvs: ${t.unexpected}\n${plainError(error)}\n`);
    return exitCodes.usage;
  }
}

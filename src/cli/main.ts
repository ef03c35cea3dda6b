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
import { cliText, type CliText } from './text.js';
import type { CheckCliOptions } from './check.js';
import type { RulesCliOptions } from './rules.js';
import type { ImportCliOptions } from './import.js';
import type { ExportCliOptions } from './export.js';
import { exportText } from './export-text.js';
import type { BuildCliOptions } from './build.js';
import type { CompareCliOptions } from './compare.js';
import type { NewCliOptions } from './new.js';
import { initText } from './init-text.js';
import { newText } from './new-text.js';
import { rewriteText } from './rewrite-text.js';
import { diffText } from './diff-text.js';
import { isLang } from '../i18n.js';
import { baselineText } from '../check/baseline-text.js';
import { watchText } from '../watch/text.js';
import { previewText } from './preview-text.js';
import type { PreviewCliOptions } from './preview.js';
import { fixText } from './fix-text.js';
import type { FixCliOptions } from './fix.js';
import { redlineText } from '../redline/text.js';
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
function localizedHelp(t: CliText): HelpConfiguration {
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

export async function main(argv: string[]): Promise<number> {
  const chosenLang = langFrom(argv);
  const lang = chosenLang ?? 'da';
  const t = cliText[lang];
  let exitCode: number = exitCodes.ok;
  const program = new Command('kvs')
    .description(t.description)
    .version(toolVersion, '-v, --version', t.version)
    .helpOption('-h, --help', t.help)
    .helpCommand('help [command]', t.helpCommand)
    .addOption(new Option('--lang <lang>', t.lang).choices(['da', 'en']).default('da'))
    .configureHelp(localizedHelp(t))
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(plainLines(text)) })
    .showHelpAfterError();

  program
    .command('init')
    .description(initText[lang].description)
    .argument('[dir]', initText[lang].dir, '.')
    .action(async (dir: string) => {
      const { runInit } = await import('./init.js');
      exitCode = runInit(dir, { lang });
    });

  program
    .command('new')
    .description(newText[lang].description)
    .option('--kommune <name>', newText[lang].kommune)
    .option('--title <title>', newText[lang].title)
    .option('--as-of <date>', newText[lang].asOf)
    .option('-o, --out <file>', newText[lang].out)
    .option('-c, --config <file>', t.config)
    .action(async (options: NewCliOptions) => {
      const { runNew } = await import('./new.js');
      exitCode = runNew({ ...options, ...(chosenLang ? { lang: chosenLang } : {}) });
    });

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
    .option('--no-cache', t.noCache)
    .option('--cache-location <dir>', t.cacheLocation)
    .option('-j, --jobs <n>', t.jobs)
    .option('--baseline <file>', baselineText[lang].baseline)
    .option('--write-baseline', baselineText[lang].writeBaseline, false)
    .option('--changed [ref]', baselineText[lang].changed)
    .option('-w, --watch', watchText[lang].watch, false)
    .action(async (paths: string[], options: CheckCliOptions & { watch: boolean }) => {
      if (options.watch) {
        const { watchCheck } = await import('./watch.js');
        exitCode = await watchCheck(paths, { ...options, lang: chosenLang });
        return;
      }
      // Each command loads only what it needs: `kvs check` never loads the importer.
      const { runCheck } = await import('./check.js');
      exitCode = await runCheck(paths, { ...options, lang: chosenLang });
    });

  program
    .command('import')
    .description(t.import)
    .argument('[files...]', t.importFiles)
    .option('--out <dir>', t.importOut, 'standards')
    .option('-o, --output <file>', t.importOutput)
    .option('--kommune <name>', t.importKommune)
    .option('--from <format>', t.importFrom)
    .option('--report <file>', t.importReport)
    .option('--force', t.importForce, false)
    .option('--keep-changes', exportText[lang].importKeepChanges, false)
    .action(async (files: string[], options: ImportCliOptions) => {
      const { runImport } = await import('./import.js');
      exitCode = runImport(files, { ...options, lang });
    });

  program
    .command('export')
    .description(exportText[lang].export)
    .argument('<file>', exportText[lang].exportFile)
    .option('--docx', exportText[lang].docx, false)
    .option('--changes', exportText[lang].changes, false)
    .option('-o, --output <file>', exportText[lang].output)
    .option('--author <name>', exportText[lang].author)
    .option('--force', exportText[lang].force, false)
    .action(async (file: string, options: Omit<ExportCliOptions, 'lang'>) => {
      const { runExport } = await import('./export.js');
      exitCode = await runExport(file, { ...options, lang });
    });

  program
    .command('build')
    .description(t.build)
    .argument('[paths...]', t.checkPaths)
    .option('--out <dir>', t.buildOut, 'output')
    .option('--only <kind>', t.buildOnly)
    .option('--strict', t.buildStrict, false)
    .option('--imposition', t.buildImposition, false)
    .option('--as-of <date>', t.asOf)
    .option('-c, --config <file>', t.config)
    .option('-w, --watch', watchText[lang].watch, false)
    .option('--review', redlineText[lang].review, false)
    .action(async (paths: string[], { watch, ...options }: BuildCliOptions & { watch: boolean }) => {
      if (watch) {
        const { watchBuild } = await import('./watch.js');
        exitCode = await watchBuild(paths, { ...options, ...(chosenLang ? { lang: chosenLang } : {}) });
        return;
      }
      const { runBuild } = await import('./build.js');
      exitCode = await runBuild(paths, { ...options, ...(chosenLang ? { lang: chosenLang } : {}) });
    });

  program
    .command('fix')
    .description(fixText[lang].fix)
    .argument('[paths...]', fixText[lang].paths)
    .option('--write', fixText[lang].write, false)
    .option('--as-of <date>', t.asOf)
    .option('-c, --config <file>', t.config)
    .action(async (paths: string[], options: FixCliOptions) => {
      const { runFix } = await import('./fix.js');
      exitCode = await runFix(paths, { ...options, ...(chosenLang ? { lang: chosenLang } : {}) });
    });

  program
    .command('preview')
    .description(previewText[lang].preview)
    .argument('[paths...]', t.checkPaths)
    .option('-p, --port <n>', previewText[lang].port, '4173')
    .option('--out <dir>', t.buildOut, 'output')
    .option('--only <kind>', t.buildOnly)
    .option('--as-of <date>', t.asOf)
    .option('-c, --config <file>', t.config)
    .action(async (paths: string[], options: PreviewCliOptions) => {
      const { runPreview } = await import('./preview.js');
      exitCode = await runPreview(paths, { ...options, ...(chosenLang ? { lang: chosenLang } : {}) });
    });

  program
    .command('compare')
    .description(t.compare)
    .argument('[paths...]', t.checkPaths)
    // No default: without --format the format follows --out's extension, else Markdown.
    .option('-f, --format <format>', t.compareFormat)
    .option('-o, --out <file>', t.compareOut)
    .option('--as-of <date>', t.asOf)
    .option('-c, --config <file>', t.config)
    .action(async (paths: string[], options: CompareCliOptions) => {
      const { runCompare } = await import('./compare.js');
      exitCode = await runCompare(paths, { ...options, ...(chosenLang ? { lang: chosenLang } : {}) });
    });

  program
    .command('rules')
    .description(t.rules)
    .option('--as-of <date>', t.asOf)
    .option('-f, --format <format>', t.rulesFormat, 'text')
    .option('-c, --config <file>', t.config)
    .action(async (options: RulesCliOptions) => {
      const { runRules } = await import('./rules.js');
      exitCode = runRules({ ...options, lang: chosenLang });
    });

  program
    .command('fmt')
    .description(rewriteText[lang].fmt)
    .argument('[paths...]', rewriteText[lang].fmtPaths)
    .option('--check', rewriteText[lang].fmtCheck, false)
    .option('--diff', rewriteText[lang].fmtDiff, false)
    .option('-c, --config <file>', t.config)
    .action(async (paths: string[], options: { check: boolean; diff: boolean; config?: string }) => {
      const { runFmt } = await import('./fmt.js');
      exitCode = await runFmt(paths, { ...options, ...(chosenLang ? { lang: chosenLang } : {}) });
    });

  program
    .command('diff')
    .description(diffText[lang].diff)
    .argument('[files...]', diffText[lang].diffFiles)
    .option('-f, --format <format>', diffText[lang].diffFormat, 'md')
    .option('--rev <range>', diffText[lang].diffRev)
    .option('-c, --config <file>', t.config)
    .action(async (files: string[], options: { format: string; rev?: string; config?: string }) => {
      const { runDiff } = await import('./diff.js');
      exitCode = runDiff(files, { ...options, ...(chosenLang ? { lang: chosenLang } : {}) });
    });

  program
    .command('accept')
    .description(rewriteText[lang].accept)
    .argument('[files...]', rewriteText[lang].acceptFiles)
    .option('--dry-run', rewriteText[lang].acceptDryRun, false)
    .option('-c, --config <file>', t.config)
    .action(async (files: string[], options: { dryRun: boolean; config?: string }) => {
      const { runAccept } = await import('./accept.js');
      exitCode = await runAccept(files, { ...options, ...(chosenLang ? { lang: chosenLang } : {}) });
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
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

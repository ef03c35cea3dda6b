/**
 * SARIF 2.1.0, the format GitHub code scanning and editors' SARIF viewers read.
 * Validated against the official schema in test/report.test.ts.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { docsUrl, toolName } from '../meta.js';
import type { FileResult, Finding, Position, RuleMeta, Severity, Suppression } from '../types.js';
import type { ReportOptions } from './options.js';
import { displayPath } from './paths.js';
import { asciiSafeJson } from './terminal-text.js';
import { inSource } from './suppressed.js';

const informationUri = 'https://github.com/kvalitetsstandard/kvalitetsstandard';
const srcRoot = '%SRCROOT%';

type Level = 'error' | 'warning' | 'note';

/** SARIF's word for a severity: an info is a note. */
const levelOf = (severity: Severity): Level => (severity === 'info' ? 'note' : severity);

interface ReportingDescriptor {
  id: string;
  name: string;
  shortDescription?: { text: string };
  fullDescription?: { text: string };
  helpUri?: string;
  defaultConfiguration: { level: Level };
  properties?: Record<string, string>;
}

const isAbsoluteUri = (text: string): boolean => /^[a-z][a-z\d+.-]*:/i.test(text);

function descriptor(meta: RuleMeta, options: ReportOptions): ReportingDescriptor {
  const description = meta.description[options.lang];
  const law = meta.law[options.lang];
  return {
    id: meta.id,
    name: meta.id,
    shortDescription: { text: description },
    fullDescription: { text: law ? `${description} (${law})` : description },
    helpUri: isAbsoluteUri(meta.docs) ? meta.docs : docsUrl(meta.docs),
    defaultConfiguration: { level: levelOf(meta.severity) },
    properties: { law },
  };
}

/** A finding from a rule the caller did not describe still needs a descriptor for ruleIndex. */
function unknownDescriptor(finding: Finding): ReportingDescriptor {
  return {
    id: finding.ruleId,
    name: finding.ruleId,
    ...(finding.url && isAbsoluteUri(finding.url) ? { helpUri: finding.url } : {}),
    defaultConfiguration: { level: levelOf(finding.severity) },
  };
}

/** Where the artifact is, relative to %SRCROOT% when it is under cwd (so results are portable between checkouts). */
function artifactLocation(filePath: string, cwd: string) {
  const relative = displayPath(filePath, cwd);
  // On Windows a file on another drive has no relative path.
  if (path.isAbsolute(relative) || /^[a-z]:/i.test(relative)) {
    return { uri: pathToFileURL(path.resolve(cwd, filePath)).href };
  }
  return { uri: relative.split('/').map(encodeURIComponent).join('/'), uriBaseId: srcRoot };
}

// SARIF requires 1-based values; clamping keeps a bad position from invalidating the whole log.
const atLeastOne = (n: number): number => (Number.isInteger(n) && n >= 1 ? n : 1);

function physicalLocation(artifact: ReturnType<typeof artifactLocation>, position: Position) {
  return {
    artifactLocation: artifact,
    region: {
      startLine: atLeastOne(position.start.line),
      startColumn: atLeastOne(position.start.column),
      endLine: atLeastOne(position.end.line),
      endColumn: atLeastOne(position.end.column),
    },
  };
}

function properties(finding: Finding): Record<string, string> | undefined {
  const entries = Object.entries({ requirement: finding.requirement, law: finding.law, hint: finding.hint }).filter(
    (entry): entry is [string, string] => entry[1] !== undefined,
  );
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

export function formatSarif(results: readonly FileResult[], options: ReportOptions): string {
  const rules = options.rules.map((meta) => descriptor(meta, options));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const indexOf = (finding: Finding): number => {
    let index = ruleIndex.get(finding.ruleId);
    if (index === undefined) {
      index = rules.push(unknownDescriptor(finding)) - 1;
      ruleIndex.set(finding.ruleId, index);
    }
    return index;
  };

  const sarifResults = results.flatMap((result) => {
    const artifact = artifactLocation(result.filePath, options.cwd);
    // Switched-off findings are results with `suppressions`: code scanning shows them as dismissed, not as absent.
    const all: Array<Finding & { suppressions?: Suppression[] }> = [...result.findings, ...(result.suppressed ?? [])];
    return all.map((finding) => ({
      ruleId: finding.ruleId,
      ruleIndex: indexOf(finding),
      level: levelOf(finding.severity),
      message: { text: finding.message },
      locations: [{ physicalLocation: physicalLocation(artifact, finding.position) }],
      relatedLocations: finding.related?.map((place, id) => ({
        id,
        message: { text: place.message },
        physicalLocation: physicalLocation(artifact, place.position),
      })),
      properties: properties(finding),
      ...(finding.suppressions
        ? {
            suppressions: finding.suppressions.map((s) => ({
              kind: inSource(s) ? 'inSource' : 'external',
              justification: s.source,
              properties: { kvsKind: s.kind },
            })),
          }
        : {}),
    }));
  });

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: toolName, informationUri, version: options.toolVersion, rules },
        },
        // SARIF wants the base URI to end in a slash, or the last segment is replaced on resolution.
        originalUriBaseIds: { [srcRoot]: { uri: `${pathToFileURL(options.cwd).href.replace(/\/?$/, '/')}` } },
        // unist columns count UTF-16 code units (JavaScript string indices).
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
        // Which versions of the law the files were checked against (a config may pin an older one).
        properties: { ruleSets: [...new Set(results.flatMap((result) => (result.ruleSet ? [result.ruleSet] : [])))] },
      },
    ],
  };
  return `${asciiSafeJson(JSON.stringify(log, null, 2))}\n`;
}

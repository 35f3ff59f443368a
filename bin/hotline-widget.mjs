#!/usr/bin/env node
// hotline-widget snippet: the banner's help as static markup, for newsletters, feeds, syndicated
// stories and pages where no script runs (src/static/, the same words as <hotline-banner>).
// A bad value is said in one line on standard error, naming the option and the value, and the
// command exits with status 2; never a stack trace.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { renderStatic, staticCountries, staticLanguages, STATIC_FORMATS } from '../lib/static/index.js';
import { resolveStatic } from '../lib/static/options.js';
import { quote } from '../lib/config/quote.js';
import { didYouMean } from '../lib/config/suggest.js';

const NAME = 'hotline-widget';

const HELP = `Usage:
  ${NAME} snippet --country GB --lang en --format html      one block, on standard output
  ${NAME} snippet --all --out <folder> --format html        one file per country and language

The banner's help (the right line for the country, every channel as a link, hours, languages,
the emergency numbers) as static markup, for places where no script runs: newsletters, email,
feeds, syndicated stories, pages that block JavaScript.

Options:
  --country <code>   ISO 3166-1 alpha-2 code, any case; a country with no line gives the
                     international card (emergency advice and the Global Modern Slavery Directory)
  --lang <tag>       BCP 47 language tag: ${staticLanguages().join(', ')}
  --format <format>  html      a block for email and feeds: inline styles only, its own colours
                               (readable in dark mode), one column that fits 320 px
                     text      plain text: numbers as written, addresses in full (email, SMS)
                     markdown  CommonMark, every channel and number a link
                     fallback  to put inside <hotline-banner>: the banner as the live one
                               lays it out, shown where the script does not run and
                               replaced by the live banner without a jump
  --variant <v>      full (default) or compact
  --hotlines <json>  your own lines, shown first: '[{"country":"GB","name":"Our helpline",
                     "phone":"+44 20 7946 0000","replace":false}]' (as HotlineWidgetConfig.hotlines)
  --strings <json>   your own words: '{"banner.heading":"Need help?"}'
  --all              every country with a line, and the international card (international),
                     in every language (or the one --lang names), into --out
  --out <folder>     where --all writes <country>.<lang>.<ext> (html, fallback.html, txt, md)
  -h, --help         this help

Exit status: 0 done, 2 a bad option or value (said on standard error), 1 a file not written.
`;

/** The file name's end for each format: the email block and the fallback are both HTML. */
const EXTENSIONS = { html: 'html', fallback: 'fallback.html', text: 'txt', markdown: 'md' };

class UsageError extends Error {}

const say = (message) => process.stderr.write(`${NAME}: ${message}\n`);

/** parseArgs' own words for a mistake, said as the widget says them. */
function usageOf(error) {
  const option = /'(-{1,2}[^' ]+)/.exec(error.message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option}.${didYouMean(option?.replace(/^-+/, '') ?? '', Object.keys(OPTIONS)).replace(/"([^"]+)"/, '"--$1"')}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(error.message) ? `${option} needs a value.` : `${option} takes no value.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${quote(/'([^']*)'/.exec(error.message)?.[1] ?? '')}; see --help.`;
    default:
      return error.message;
  }
}

const OPTIONS = {
  country: { type: 'string' },
  lang: { type: 'string' },
  format: { type: 'string' },
  variant: { type: 'string' },
  hotlines: { type: 'string' },
  strings: { type: 'string' },
  all: { type: 'boolean' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

function parse(args) {
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(usageOf(error));
  }
}

/** The options as renderStatic takes them: JSON parsed, nothing given left out. */
function staticOptions(values, country) {
  const options = { country, lang: values.lang, format: values.format };
  if (values.variant !== undefined) options.variant = values.variant;
  if (values.strings !== undefined) options.strings = values.strings;
  if (values.hotlines !== undefined) {
    try {
      options.hotlines = JSON.parse(values.hotlines);
    } catch {
      throw new UsageError(`--hotlines=${quote(values.hotlines)} is not JSON.`);
    }
  }
  return options;
}

/** Checked as renderStatic checks, but naming the command's options: `--country="GBR" is not ...`. */
function check(options) {
  try {
    return resolveStatic(options, (key) => `--${key}`);
  } catch (error) {
    if (error instanceof TypeError) throw new UsageError(error.message);
    throw error;
  }
}

function snippet(values) {
  if (values.all) {
    if (values.country !== undefined) throw new UsageError('--all writes every country: leave out --country, or leave out --all.');
    if (values.out === undefined) throw new UsageError('--all needs --out <folder>, the folder to write the files into.');
    if (values.format === undefined) throw new UsageError(`--format is missing: give ${STATIC_FORMATS.join(', ')}.`);
    return writeAll(values);
  }
  if (values.out !== undefined) throw new UsageError('--out is for --all; one block is written to standard output.');
  if (values.country === undefined) throw new UsageError('--country is missing: give a two-letter country code (ISO 3166-1), or --all.');
  if (values.lang === undefined) throw new UsageError('--lang is missing: give a language tag (BCP 47), such as "en" or "pt-BR".');
  const options = staticOptions(values, values.country);
  const resolved = check(options);
  for (const note of resolved.notes) say(`note: ${note}`);
  process.stdout.write(renderStatic(options));
}

function writeAll(values) {
  const languages = values.lang === undefined ? staticLanguages() : [check(staticOptions(values, null)).lang];
  const base = staticOptions(values, null);
  // Each country with a line, those of the site's own lines, and the international card.
  const own = Array.isArray(base.hotlines) ? base.hotlines.flatMap((line) => (typeof line?.country === 'string' ? [line.country.trim().toUpperCase()] : [])) : [];
  const countries = [...new Set([...staticCountries(), ...own])].sort();
  const notes = new Set();
  const files = [];
  for (const country of [...countries, null]) {
    for (const lang of languages) {
      const options = { ...base, country, lang };
      const resolved = check(options);
      for (const note of resolved.notes) notes.add(note);
      files.push([`${country ?? 'international'}.${lang}.${EXTENSIONS[resolved.format]}`, renderStatic(options)]);
    }
  }
  for (const note of notes) say(`note: ${note}`);
  try {
    mkdirSync(values.out, { recursive: true });
  } catch (error) {
    say(`could not make the folder ${quote(values.out)} (${error.code ?? error.message}).`);
    process.exit(1);
  }
  for (const [name, text] of files) {
    const path = join(values.out, name);
    try {
      writeFileSync(path, text);
    } catch (error) {
      say(`could not write ${path} (${error.code ?? error.message}).`);
      process.exit(1);
    }
  }
  process.stdout.write(`${NAME}: wrote ${files.length} files (${countries.length} countries and the international card, ${languages.length} language${languages.length === 1 ? '' : 's'}) into ${values.out}\n`);
}

function main(args) {
  const { values, positionals } = parse(args);
  const [command, ...rest] = positionals;
  if (values.help || command === 'help') {
    process.stdout.write(HELP);
    return;
  }
  if (command === undefined) throw new UsageError(`no command: try "${NAME} snippet --country GB --lang en --format html", or --help.`);
  if (command !== 'snippet') throw new UsageError(`unknown command ${quote(command)}.${didYouMean(command, ['snippet', 'help'])}`);
  if (rest.length > 0) throw new UsageError(`unexpected argument ${quote(rest[0])}; see --help.`);
  snippet(values);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    say(error.message);
    process.exit(2);
  }
  say(`failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

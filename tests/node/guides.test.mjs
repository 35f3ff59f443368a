// The guides' examples (docs/examples/), checked as the guides promise:
// - React: the example component compiles with tsc (strict) against React 19's
//   types and hotline-widget/react; copies with a misspelt attribute name or
//   value fail.
// - Vue and Svelte: neither vue-tsc nor svelte-check runs on TypeScript 7 (they
//   need TypeScript's JavaScript API, which TypeScript 7 has not), so this test
//   reads the example component with the framework's own parser, writes each
//   <hotline-*> element's attributes and listeners as TypeScript checked
//   against the framework's own types as hotline-widget/vue and
//   hotline-widget/svelte extend them (Vue's GlobalComponents, Svelte's
//   SvelteHTMLElements), with the component's script in scope, and compiles
//   that with tsc. It also compiles the component with the framework's
//   compiler. Only the three elements are type-checked, not the rest of the
//   template.
// - Angular: the component compiles with tsc against @angular/core's types,
//   and its template is parsed by @angular/compiler and checked with Angular's
//   DOM schema registry, the check behind "'hotline-banner' is not a known
//   element". Angular's own compiler (ngc) is not run: @angular/compiler-cli
//   needs TypeScript below 6.1. With CUSTOM_ELEMENTS_SCHEMA Angular checks no
//   attribute of a custom element, and neither does this test.
// - Plain HTML: the example page's tag is the README's snippet (the page itself
//   is loaded in Chromium by tests/guides.test.ts).
// Copies are made in a scratch folder inside the repository (.guides-check-*,
// ignored by git), so that `hotline-widget` resolves to this package as it
// would from node_modules.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { compileTemplate, parse as parseSfc } from 'vue/compiler-sfc';
import { compile as compileSvelte, parse as parseSvelte } from 'svelte/compiler';
import { DomElementSchemaRegistry, parseTemplate } from '@angular/compiler';
import * as angularCore from '@angular/core';

const root = new URL('../..', import.meta.url).pathname;
const examples = join(root, 'docs', 'examples');
const read = (path) => readFileSync(join(root, path), 'utf8');

let scratch;
let copies = 0;
before(() => {
  scratch = mkdtempSync(join(root, '.guides-check-'));
});
after(() => rmSync(scratch, { recursive: true, force: true }));

/** tsc on a project: its exit status and what it printed. */
function tsc(project) {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project, '--pretty', 'false'], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}

/** A copy of one example folder in the scratch folder, with files replaced or added. */
function copyOf(framework, files = {}) {
  const dir = join(scratch, `${framework}-${++copies}`);
  cpSync(join(examples, framework), dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** `text` with one change; the change must apply. */
function changed(text, from, to) {
  assert.ok(text.includes(from), `the example contains ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

function assertCompiles(dir) {
  const { status, output } = tsc(dir);
  assert.equal(status, 0, `tsc -p ${relative(root, dir)} failed:\n${output}`);
}

function assertFails(dir, expected) {
  const { status, output } = tsc(dir);
  assert.notEqual(status, 0, `tsc -p ${relative(root, dir)} should have failed`);
  assert.match(output, /error TS\d+/);
  assert.match(output, expected);
}

/** The tsconfig of an example, with more files to compile. */
function withFiles(framework, files) {
  const config = JSON.parse(readFileSync(join(examples, framework, 'tsconfig.json'), 'utf8'));
  config.files = [...config.files, ...files];
  return `${JSON.stringify(config, null, 2)}\n`;
}

describe('React 19: docs/examples/react/HelpPanel.tsx', () => {
  const source = read('docs/examples/react/HelpPanel.tsx');
  const file = 'HelpPanel.tsx';

  test('compiles with tsc (strict, library files checked too)', () => assertCompiles(join(examples, 'react')));

  const wrong = [
    ['a misspelt attribute name', 'country="GB" variant', 'contry="GB" variant', /Property 'contry' does not exist/],
    ['a misspelt variant', 'variant="compact"', 'variant="compakt"', /"compakt"/],
    ['an unknown audience', 'audience="hospitality"', 'audience="hotel"', /"hotel"/],
    ['a three-letter country', 'country="GB" audience', 'country="GBR" audience', /"GBR"/],
    ['an unknown position', 'position="bottom-end"', 'position="bottom"', /"bottom"/],
    ['new-tab as text', 'new-tab={false}', 'new-tab="yes"', /new-tab/],
    ['a listener of the wrong event type', 'const onContact = (event: HotlineContactEvent)', 'const onContact = (event: KeyboardEvent)', /onhotline-contact/],
  ];
  for (const [what, from, to, expected] of wrong) {
    test(`fails with ${what}`, () => assertFails(copyOf('react', { [file]: changed(source, from, to) }), expected));
  }

  test('fails without hotline-widget/react: React 19 knows no <hotline-banner> of its own', () => {
    assertFails(copyOf('react', { [file]: changed(source, "import type {} from 'hotline-widget/react';", '') }), /Property 'hotline-banner' does not exist on type 'JSX.IntrinsicElements'/);
  });
});

/** Element nodes of a Vue template AST whose tag starts with hotline-. */
function* vueHotlineElements(node) {
  if (node.type === 1 && node.tag.startsWith('hotline-')) yield node;
  for (const child of node.children ?? []) yield* vueHotlineElements(child);
}

/**
 * TypeScript that holds a Vue SFC's <script setup> and, for each <hotline-*>
 * element of its template, its attributes as that tag's `$props` and each
 * listener as a call of its `$emit`, as hotline-widget/vue declares them.
 */
function vueCheck(source, filename) {
  const { descriptor, errors } = parseSfc(source, { filename });
  assert.deepEqual(errors, [], `${filename} parses`);
  const lines = [
    "import type {} from 'hotline-widget/vue';",
    "import type { GlobalComponents } from 'vue';",
    "type Props<Tag extends keyof GlobalComponents> = GlobalComponents[Tag] extends new () => { $props: infer P } ? P : never;",
    "type Emit<Tag extends keyof GlobalComponents> = GlobalComponents[Tag] extends new () => { $emit: infer E } ? E : never;",
    descriptor.scriptSetup.content,
  ];
  let found = 0;
  for (const element of vueHotlineElements(descriptor.template.ast)) {
    found++;
    const props = [];
    const listeners = [];
    for (const prop of element.props) {
      if (prop.type === 6) props.push(`${JSON.stringify(prop.name)}: ${prop.value ? JSON.stringify(prop.value.content) : 'true'}`);
      else if (prop.name === 'bind' && prop.arg?.isStatic) props.push(`${JSON.stringify(prop.arg.content)}: (${prop.exp.content})`);
      else if (prop.name === 'on' && prop.arg?.isStatic) listeners.push([prop.arg.content, prop.exp.content]);
      else assert.fail(`${filename}: this check does not read ${prop.loc.source}`);
    }
    lines.push(`// ${filename}:${element.loc.start.line} <${element.tag}>`);
    lines.push(`{ const props: Props<'${element.tag}'> = { ${props.join(', ')} }; void props; }`);
    for (const [event, handler] of listeners) {
      // The event's name must be one the element fires, and its type what the handler takes.
      const argument = /^[A-Za-z_$][\w$]*$/.test(handler) ? `null! as Parameters<typeof ${handler}>[0]` : 'null!';
      lines.push(`{ const emit = null! as Emit<'${element.tag}'>; emit(${JSON.stringify(event)}, ${argument}); }`);
    }
  }
  assert.ok(found > 0, `${filename} has <hotline-*> elements`);
  return `${lines.join('\n')}\n`;
}

const isCustomElement = (tag) => tag.startsWith('hotline-');

describe('Vue 3: docs/examples/vue/HelpPanel.vue', () => {
  const source = read('docs/examples/vue/HelpPanel.vue');
  const checkFiles = (vue) => ({ 'HelpPanel.vue.check.ts': vueCheck(vue, 'HelpPanel.vue'), 'tsconfig.json': withFiles('vue', ['HelpPanel.vue.check.ts']) });

  test('hotline-widget.ts (the app-wide import) compiles with tsc', () => assertCompiles(join(examples, 'vue')));

  test("the template's elements, attributes and listeners type-check against hotline-widget/vue", () => assertCompiles(copyOf('vue', checkFiles(source))));

  const wrong = [
    ['a misspelt attribute name', 'country="GB" variant', 'contry="GB" variant', /contry"?' does not exist/],
    ['a misspelt variant', 'variant="compact"', 'variant="compakt"', /"compakt"/],
    ['an unknown audience', 'audience="hospitality"', 'audience="hotel"', /"hotel"/],
    ['new-tab="false"', ' new-tab>', ' new-tab="false">', /"false"/],
    ['a misspelt event name', '@hotline-contact=', '@hotline-contacts=', /"hotline-contacts"/],
    ['a listener of the wrong event type', '@hotline-contact="onContact"', '@hotline-contact="onProblem"', /No overload matches this call/],
  ];
  for (const [what, from, to, expected] of wrong) {
    test(`fails with ${what}`, () => assertFails(copyOf('vue', checkFiles(changed(source, from, to))), expected));
  }

  test('the example sets isCustomElement as this test does', () => {
    assert.match(read('docs/examples/vue/hotline-widget.ts'), /export const isCustomElement = \(tag: string\): boolean => tag\.startsWith\('hotline-'\);/);
  });

  const compiled = (compilerOptions) => {
    const { descriptor } = parseSfc(source, { filename: 'HelpPanel.vue' });
    return compileTemplate({ source: descriptor.template.content, filename: 'HelpPanel.vue', id: 'help-panel', compilerOptions });
  };

  test("Vue's compiler makes the <hotline-*> tags plain elements with isCustomElement", () => {
    const result = compiled({ isCustomElement });
    assert.deepEqual(result.errors, []);
    assert.doesNotMatch(result.code, /resolveComponent\("hotline-/);
    assert.match(result.code, /"hotline-banner"/);
  });

  test('without isCustomElement, Vue would look for components of those names', () => {
    assert.match(compiled({}).code, /resolveComponent\("hotline-banner"\)/);
  });
});

/** Element nodes of a Svelte 5 AST whose name starts with hotline-. */
function* svelteHotlineElements(nodes) {
  for (const node of nodes ?? []) {
    if (node.type === 'RegularElement' && node.name.startsWith('hotline-')) yield node;
    yield* svelteHotlineElements(node.fragment?.nodes);
  }
}

/**
 * TypeScript that holds a Svelte component's script and, for each <hotline-*>
 * element, its attributes (listeners included) as that tag's
 * SvelteHTMLElements entry, as hotline-widget/svelte declares it.
 */
function svelteCheck(source, filename) {
  const ast = parseSvelte(source, { modern: true });
  const script = ast.instance ? source.slice(ast.instance.content.start, ast.instance.content.end) : '';
  const lines = ["import type {} from 'hotline-widget/svelte';", "import type { SvelteHTMLElements } from 'svelte/elements';", script];
  let found = 0;
  for (const element of svelteHotlineElements(ast.fragment.nodes)) {
    found++;
    const attributes = element.attributes.map((attribute) => {
      assert.equal(attribute.type, 'Attribute', `${filename}: this check reads attributes only, not ${attribute.type}`);
      const { value } = attribute;
      const parts = value === true ? [] : Array.isArray(value) ? value : [value];
      let text;
      if (value === true) text = 'true';
      else if (parts.length === 1 && parts[0].type === 'Text') text = JSON.stringify(parts[0].data);
      else if (parts.length === 1 && parts[0].type === 'ExpressionTag') text = `(${source.slice(parts[0].expression.start, parts[0].expression.end)})`;
      else text = "('' as string)";
      return `${JSON.stringify(attribute.name)}: ${text}`;
    });
    const line = source.slice(0, element.start).split('\n').length;
    lines.push(`// ${filename}:${line} <${element.name}>`);
    lines.push(`{ const attributes: SvelteHTMLElements['${element.name}'] = { ${attributes.join(', ')} }; void attributes; }`);
  }
  assert.ok(found > 0, `${filename} has <hotline-*> elements`);
  return `${lines.join('\n')}\n`;
}

describe('Svelte 5: docs/examples/svelte/HelpPanel.svelte', () => {
  const source = read('docs/examples/svelte/HelpPanel.svelte');
  const checkFiles = (svelte) => ({ 'HelpPanel.svelte.check.ts': svelteCheck(svelte, 'HelpPanel.svelte'), 'tsconfig.json': withFiles('svelte', ['HelpPanel.svelte.check.ts']) });

  test('hotline-widget.ts (the app-wide import) compiles with tsc', () => assertCompiles(join(examples, 'svelte')));

  test("the elements' attributes and listeners type-check against hotline-widget/svelte", () => assertCompiles(copyOf('svelte', checkFiles(source))));

  const wrong = [
    ['a misspelt attribute name', 'country="GB" variant', 'contry="GB" variant', /contry"?' does not exist/],
    ['a misspelt variant', 'variant="compact"', 'variant="compakt"', /"compakt"/],
    ['an unknown audience', 'audience="hospitality"', 'audience="hotel"', /"hotel"/],
    ['new-tab={false}', ' new-tab>', ' new-tab={false}>', /Type 'false' is not assignable/],
    ['a listener of the wrong event type', 'onhotline-contact={onContact}', 'onhotline-contact={onProblem}', /HotlineErrorEvent/],
  ];
  for (const [what, from, to, expected] of wrong) {
    test(`fails with ${what}`, () => assertFails(copyOf('svelte', checkFiles(changed(source, from, to))), expected));
  }

  test("Svelte's compiler compiles the component without a warning", () => {
    const { warnings } = compileSvelte(source, { filename: 'HelpPanel.svelte', generate: 'client' });
    assert.deepEqual(warnings.map((warning) => warning.message), []);
  });
});

/** What Angular's template parser and DOM schema registry say of a component's inline template. */
function angularTemplateProblems(source) {
  const template = /template:\s*`([\s\S]*?)`/.exec(source)?.[1];
  assert.ok(template, 'the component has an inline template');
  const names = (/schemas:\s*\[([^\]]*)\]/.exec(source)?.[1] ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  const schemas = names.map((name) => angularCore[name]).filter(Boolean);
  const parsed = parseTemplate(template, 'help-panel.component.html', {});
  const problems = (parsed.errors ?? []).map((error) => String(error));
  const registry = new DomElementSchemaRegistry();
  const visit = (nodes) => {
    for (const node of nodes ?? []) {
      if (typeof node.name === 'string' && Array.isArray(node.inputs)) {
        if (!registry.hasElement(node.name, schemas)) problems.push(`'${node.name}' is not a known element`);
        for (const input of node.inputs) {
          if (!registry.hasProperty(node.name, input.name, schemas)) problems.push(`'${input.name}' is not a known property of '${node.name}'`);
        }
      }
      visit(node.children);
    }
  };
  visit(parsed.nodes);
  return problems;
}

describe('Angular: docs/examples/angular/help-panel.component.ts', () => {
  const source = read('docs/examples/angular/help-panel.component.ts');
  const file = 'help-panel.component.ts';

  test("compiles with tsc against @angular/core's types", () => assertCompiles(join(examples, 'angular')));

  test("the template parses, and Angular's DOM schema accepts the <hotline-*> tags with CUSTOM_ELEMENTS_SCHEMA", () => {
    assert.deepEqual(angularTemplateProblems(source), []);
  });

  test('without CUSTOM_ELEMENTS_SCHEMA, Angular would refuse them', () => {
    const problems = angularTemplateProblems(changed(source, 'schemas: [CUSTOM_ELEMENTS_SCHEMA],', ''));
    assert.ok(problems.includes("'hotline-banner' is not a known element"), problems.join('\n'));
  });

  test('a misspelt schema does not compile', () => {
    assertFails(copyOf('angular', { [file]: source.replaceAll('CUSTOM_ELEMENTS_SCHEMA', 'CUSTOM_ELEMENT_SCHEMA') }), /CUSTOM_ELEMENT_SCHEMA/);
  });
});

/** The attributes of the first `<script ...>` tag in some HTML, without `src`. */
function scriptAttributes(html) {
  const tag = /<script\b([^>]*)>/.exec(html)?.[1];
  assert.ok(tag, 'a script tag');
  const attributes = {};
  for (const [, name, value] of tag.matchAll(/([\w-]+)(?:="([^"]*)")?/g)) if (name !== 'src') attributes[name] = value ?? '';
  return attributes;
}

describe('plain HTML: docs/examples/html/index.html', () => {
  const readmeSnippet = /```html\n([\s\S]*?)```/.exec(read('README.md'))[1];

  test("its script tag is the README's snippet (only the file's address differs)", () => {
    assert.deepEqual(scriptAttributes(read('docs/examples/html/index.html')), scriptAttributes(readmeSnippet));
  });

  test("the README's snippet is the published package's address, and the HTML guide shows it as it is", () => {
    assert.match(readmeSnippet, /src="https:\/\/cdn\.jsdelivr\.net\/npm\/hotline-widget@\d+\.\d+\.\d+\/dist\/hotline-widget\.js"/);
    assert.ok(read('docs/html.md').includes(readmeSnippet.trim()), 'docs/html.md has the snippet');
  });
});

describe('Google Tag Manager: docs/examples/gtm/custom-html-tag.html', () => {
  test('the guide shows the example tag as it is (tests/guides.test.ts loads the file)', () => {
    const block = /```html\n([\s\S]*?)```/.exec(read('docs/gtm.md'))[1].replace(/^ {3}/gm, '');
    assert.equal(block, read('docs/examples/gtm/custom-html-tag.html'));
  });

  test("its script's address is the README's, with integrity and crossorigin", () => {
    const readmeSnippet = /```html\n([\s\S]*?)```/.exec(read('README.md'))[1];
    const tag = read('docs/examples/gtm/custom-html-tag.html');
    const address = (html) => /<script src="([^"]+)"/.exec(html)?.[1];
    assert.equal(address(tag), address(readmeSnippet));
    assert.deepEqual(Object.keys(scriptAttributes(tag.slice(tag.indexOf('<script src=')))).sort(), ['crossorigin', 'integrity']);
  });
});

describe('the guides', () => {
  const pages = readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md'));
  const readme = read('README.md');

  test('the README links every page of docs/', () => {
    for (const page of pages) assert.ok(readme.includes(`(docs/${page})`), `README.md links docs/${page}`);
  });

  test('every relative link of the README and the guides leads to a file of the repository', () => {
    for (const file of ['README.md', ...pages.map((page) => `docs/${page}`)]) {
      const text = read(file);
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(https?:|mailto:|#)/.test(target)) continue;
        const path = join(root, dirname(file), target.replace(/#.*$/, ''));
        assert.ok(existsSync(path), `${file} links ${target}, which does not exist`);
      }
    }
  });

  test('nothing in the repository points at the shared design folder outside it: the project stands alone', () => {
    const shared = ['..', 'shared'].join('/');
    const offenders = [];
    const walk = (dir) => {
      for (const name of readdirSync(dir)) {
        if (['node_modules', '.git', 'lib', 'dist'].includes(name) || name.startsWith('.guides-check-')) continue;
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (statSync(path).size < 2_000_000 && readFileSync(path, 'utf8').includes(shared)) offenders.push(relative(root, path));
      }
    };
    walk(root);
    assert.deepEqual(offenders, []);
  });

  test('package.json ships the typings as types-only subpaths', () => {
    const pkg = JSON.parse(read('package.json'));
    assert.ok(pkg.files.includes('types'), 'files has types/');
    for (const framework of ['react', 'vue', 'svelte']) {
      const entry = pkg.exports[`./${framework}`];
      assert.deepEqual(Object.keys(entry), ['types'], `./${framework} is types only`);
      assert.ok(existsSync(join(root, entry.types)), entry.types);
    }
  });
});

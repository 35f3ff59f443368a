/**
 * Filling in messages: `{name}` placeholders, and plural forms chosen by
 * `Intl.PluralRules` for the language, so that every language keeps its own
 * grammar (Arabic's six forms, Polish's few and many) in plain data.
 */

/** A message with plural forms: `other` always, the rest as the language needs. */
export type Plural = { readonly other: string } & Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>;

/** Replaces `{name}` with the value; numbers are written as the language writes them. */
export function fill(template: string, values: Readonly<Record<string, string | number>>, lang: string): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : value;
  });
}

/** The form of `forms` for `count` in `lang`, filled in with `{count}` and `values`. */
export function plural(forms: Plural, count: number, lang: string, values: Readonly<Record<string, string | number>> = {}): string {
  const form = forms[new Intl.PluralRules(lang).select(count)] ?? forms.other;
  return fill(form, { ...values, count }, lang);
}

/** "A, B and C" as the language lists things. */
export function list(items: readonly string[], lang: string): string {
  return new Intl.ListFormat([lang], { type: 'conjunction' }).format(items);
}

/**
 * Types of `{{name}}` templates, read from the text itself: a source dictionary declared `as const`
 * keeps each message as a string literal type, from which the placeholder names are extracted, so a
 * call that leaves out a value, adds one or passes values to a message without placeholders fails the
 * typecheck. A computed string (type `string`) has unknown placeholders and takes any values.
 * Types only: the templates are resolved at run time as before.
 */

/** A template's value. */
export type TemplateValue = string | number;

/** The shape a translation gives: the source's keys (and list lengths) with every wording widened to string. */
export type Widen<T> = T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> };

type Trim<S extends string> = S extends ` ${infer R}` ? Trim<R> : S extends `${infer R} ` ? Trim<R> : S;

/**
 * The placeholder names of a template, `{{ name }}` spaces allowed (as the resolver reads them):
 * `'{{n}} of {{total}}'` gives `'n' | 'total'`, a text without placeholders `never`, a computed
 * `string` `string`. A union of texts (the same word in two languages) gives the names of all.
 */
export type TemplateParamNames<S extends string> = string extends S
  ? string
  : S extends `${string}{{${infer Name}}}${infer Rest}`
    ? Trim<Name> | TemplateParamNames<Rest>
    : never;

/** The values a template takes: one per placeholder name. */
export type TemplateParams<S extends string> = { readonly [P in TemplateParamNames<S>]: TemplateValue };

/**
 * The arguments after a template: none for a text without placeholders, the values of exactly its
 * placeholders otherwise, and any values (or none) for a computed string.
 */
export type TemplateArgs<S extends string> = string extends S
  ? [params?: Readonly<Record<string, TemplateValue>>]
  : [TemplateParamNames<S>] extends [never]
    ? []
    : [params: TemplateParams<S>];

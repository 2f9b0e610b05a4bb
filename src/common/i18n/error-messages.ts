import type { Locale } from './locale.js';

/** A message, or a function of the error's details for one whose wording depends on them. */
export type MessageTemplate = string | ((details: Record<string, unknown>) => string);

/** The message of one error code in every language: `{name}` is replaced by `details.name`. */
export type LocalizedMessage = Record<Locale, MessageTemplate>;

/** A feature's catalogue: a message for every code of its enum (the compiler checks none is missing). */
export type ErrorMessages<Code extends string> = Record<Code, LocalizedMessage>;

const catalogue = new Map<string, LocalizedMessage>();

/**
 * Adds a feature's messages to the one catalogue the exception filter reads. Each *.exception.ts registers
 * its own next to its code enum, so a new code without a Swedish and an English message does not compile.
 */
export function registerErrorMessages(messages: Record<string, LocalizedMessage>): void {
  for (const [code, message] of Object.entries(messages)) {
    const known = catalogue.get(code);
    if (known && known !== message) throw new Error(`Two messages are registered for ${code}`);
    catalogue.set(code, message);
  }
}

/** The code's message in that language with details filled in, or undefined for a code without one. */
export function errorMessage(code: string, locale: Locale, details?: unknown): string | undefined {
  const template = catalogue.get(code)?.[locale];
  if (template === undefined) return undefined;
  const values = details && typeof details === 'object' && !Array.isArray(details) ? details : {};
  return fillTemplate(template, values as Record<string, unknown>);
}

export function fillTemplate(template: MessageTemplate, values: Record<string, unknown>): string {
  if (typeof template === 'function') return template(values);
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined || value === null) return placeholder;
    if (Array.isArray(value)) return value.join(', ');
    if (typeof value === 'string') return value;
    return typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
  });
}

/** Every code that has a message, for the completeness test. */
export function registeredErrorCodes(): string[] {
  return [...catalogue.keys()];
}

/** Parse user options and turn zod issues into one readable message per problem. */
import { z } from 'astro/zod';
import { PublicistError, describeValue } from '../core/errors.ts';
import { optionsSchema, type ParsedOptions } from './options-schema.ts';

/** Fallback "expected …" phrases for issues whose schema gave no message of its own. */
function expectedPhrase(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
    case 'too_small':
      return `at least ${issue.minimum}`;
    case 'too_big':
      return `at most ${issue.maximum}`;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return 'valid';
  }
}

export function formatIssue(issue: z.core.$ZodIssue, root = ''): string {
  const path = [root, ...issue.path.map(String)].filter(Boolean).join('.') || 'options';
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => [path === 'options' ? '' : path, k].filter(Boolean).join('.'));
    return `publicist: ${keys.join(', ')} ${keys.length > 1 ? 'are not options' : 'is not an option'}; check the spelling against the README`;
  }
  return `publicist: ${path} must be ${issue.message}, got ${describeValue(issue.input)}`;
}

export function parseOptions(input: unknown): ParsedOptions {
  const result = optionsSchema.safeParse(input ?? {}, { reportInput: true, error: expectedPhrase });
  if (!result.success) {
    throw new PublicistError(result.error.issues.map((issue) => formatIssue(issue)).join('\n'), {
      field: result.error.issues[0]?.path.join('.'),
    });
  }
  return result.data;
}

import { readGitHubError } from './error-body.js';

/**
 * Whether a repository rule (a ruleset, or classic branch protection) refused a write, and which
 * rules GitHub named. Refs answer 422 and the contents API 409, with the rules in the message
 * (`Repository rule violations found\n\nCannot force-push to this branch\n\n`) or in `errors[]`
 * (`pre_receive Repository rule violations found…`); "Reference update failed" names no rule.
 */
const HEADER = /repository rule violations found/i;
const PROTECTION = /cannot force-push to this branch|protected branch/i;
const UNNAMED = /^reference update failed\.?$/i;

/** The rules named, in GitHub's words; `[]` when GitHub named none; null when no rule refused. */
export function refusingRules(error: unknown): string[] | null {
  const body = readGitHubError(error);
  if (body.status !== 409 && body.status !== 422) return null;
  const sentences = [body.message, ...body.details.map((d) => d.message ?? '')];
  const lines = sentences
    .flatMap((s) => s.split(/\n+/))
    .map((line) => line.replace(/^pre_receive\s+/i, '').trim())
    .filter((line) => line !== '');
  const byRule = lines.some((line) => HEADER.test(line) || PROTECTION.test(line));
  if (!byRule) return lines.some((line) => UNNAMED.test(line)) ? [] : null;
  const named = lines
    .map((line) => line.replace(HEADER, '').replace(/^[\s:.-]+|\s+$/g, ''))
    .filter((line) => line !== '' && !/^(validation failed|GH0\d\d)/i.test(line));
  return [...new Set(named)];
}

/** The rules as one phrase: `"Cannot force-push to this branch"`, or `a rule GitHub did not name`. */
export function rulesPhrase(rules: readonly string[]): string {
  return rules.length === 0
    ? 'a rule GitHub did not name'
    : rules.map((rule) => `"${rule.replace(/\.$/, '')}"`).join(', ');
}

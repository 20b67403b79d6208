import { describe, expect, it } from '@jest/globals';
import { describeGitHubError, gitHubSays, readGitHubError } from '../../src/github/error-body.js';
import { explainGitHubError, RuleViolationError } from '../../src/github/errors.js';
import { refusingRules } from '../../src/github/rule-violation.js';

/** An error as Octokit throws it: the status and GitHub's JSON answer. */
const answer = (status: number, data: unknown) =>
  Object.assign(new Error('Octokit message - https://docs.github.com/rest'), { status, response: { data } });

const ALREADY = answer(422, {
  message: 'Validation Failed',
  errors: [{ resource: 'PullRequest', code: 'custom', message: 'A pull request already exists for o:b.' }],
  documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
});
const FORCE = answer(422, {
  message: 'Repository rule violations found\n\nCannot force-push to this branch\n\n',
  documentation_url: 'https://docs.github.com/rest/git/refs#update-a-reference',
  status: '422',
});
const CONTENTS = answer(409, {
  message: 'Repository rule violations found\n\nChanges must be made through a pull request.\n\n',
  documentation_url: 'https://docs.github.com/rest/repos/contents#create-or-update-file-contents',
  status: '409',
});
const IN_ERRORS = answer(422, {
  message: 'Validation Failed',
  errors: [
    {
      resource: 'Release',
      code: 'custom',
      field: 'pre_receive',
      message:
        'pre_receive Repository rule violations found\n\nCannot create ref due to creations being restricted.\n\n',
    },
  ],
});
const FAILED = { action: 'update branch b', permission: 'contents: write' as const, repository: 'o/r' };

describe('reading GitHub errors where GitHub puts them', () => {
  it('reads the message and errors[] (objects or strings), without Octokit suffixes', () => {
    expect(readGitHubError(ALREADY)).toEqual({
      status: 422,
      message: 'Validation Failed',
      details: [
        {
          resource: 'PullRequest',
          code: 'custom',
          field: null,
          message: 'A pull request already exists for o:b.',
        },
      ],
    });
    expect(describeGitHubError(readGitHubError(ALREADY))).toBe(
      'Validation Failed: A pull request already exists for o:b.',
    );
    expect(
      describeGitHubError(readGitHubError(answer(422, { message: 'Validation Failed', errors: ['x y'] }))),
    ).toBe('Validation Failed: x y');
    expect(
      describeGitHubError(
        readGitHubError(
          answer(422, {
            message: 'Validation Failed',
            errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }],
          }),
        ),
      ),
    ).toBe('Validation Failed: PullRequest head invalid');
    expect(readGitHubError(new Error('socket hang up - https://docs.github.com/x')).message).toBe(
      'socket hang up',
    );
    expect(describeGitHubError(readGitHubError(FORCE))).toBe(
      'Repository rule violations found: Cannot force-push to this branch',
    );
  });

  it('finds a sentence in the message or in errors[] (message or code)', () => {
    expect(gitHubSays(ALREADY, /already exists/i)).toBe(true);
    expect(gitHubSays(ALREADY, /^custom$/)).toBe(true);
    expect(gitHubSays(answer(422, { message: 'Reference already exists' }), /already exists/i)).toBe(true);
    expect(gitHubSays(FORCE, /already exists/i)).toBe(false);
  });

  it.each([
    ['a force-push refused by a ruleset (refs, 422)', FORCE, ['Cannot force-push to this branch']],
    [
      'an update refused by a ruleset (contents, 409)',
      CONTENTS,
      ['Changes must be made through a pull request.'],
    ],
    [
      'a creation refused, the rule inside errors[]',
      IN_ERRORS,
      ['Cannot create ref due to creations being restricted.'],
    ],
    [
      'classic branch protection',
      answer(422, {
        message: 'Changes must be made through a pull request. Cannot force-push to this branch',
      }),
      ['Changes must be made through a pull request. Cannot force-push to this branch'],
    ],
    [
      '"Reference update failed", which names no rule',
      answer(422, { message: 'Reference update failed' }),
      [],
    ],
    ['a fast-forward refusal (not a rule)', answer(422, { message: 'Update is not a fast forward' }), null],
    ['a file that changed (not a rule)', answer(409, { message: 'README.md does not match abc' }), null],
    ['a 403', answer(403, { message: 'Repository rule violations found' }), null],
  ])('%s', (_name, error, rules) => {
    expect(refusingRules(error)).toEqual(rules);
  });

  it('explains a rule refusal as a RuleViolationError naming the rule and the setting, before a 409 conflict', () => {
    for (const error of [FORCE, CONTENTS]) {
      const explained = explainGitHubError(error, FAILED);
      expect(explained).toBeInstanceOf(RuleViolationError);
      expect(explained.message).toMatch(
        /^could not update branch b in o\/r: a repository rule refused it \("(Cannot force-push to this branch|Changes must be made through a pull request)"\)\. Change the rule under Settings → Rules → Rulesets/,
      );
    }
    expect(explainGitHubError(answer(409, { message: 'README.md does not match abc' }), FAILED).name).toBe(
      'GitHubConflictError',
    );
  });
});

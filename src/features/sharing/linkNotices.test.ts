import { describe, expect, it } from 'vitest';
import { decode } from '../../state/url';
import { plainMessage } from '../../text/userText';
import { MAX_PROBLEM_NOTICES, problemNotices as noticesOf } from './linkNotices';

const problemNotices = (...args: Parameters<typeof noticesOf>) => noticesOf(...args).map(plainMessage);

describe('problemNotices(problems, source)', () => {
  it('gives one notice per problem, named by where the state came from', () => {
    const { problems } = decode('?seed=x&lr=0');
    expect(problemNotices(problems, 'link')).toEqual([
      "Shared link: Seed: 'x' is not a number; it must be a whole number from 0 to 4294967295; seed 1 is used.",
      'Shared link: Learning rate (lr): 0 is not allowed; it must be above 0 and at most 1000; learning rate 1 is used.',
    ]);
    expect(problemNotices(problems, 'saved')[0]).toMatch(/^Table saved in this browser: Seed: /);
  });

  it(`shows at most ${MAX_PROBLEM_NOTICES}, the last summing up the rest by part`, () => {
    const { problems } = decode('?seed=x&lr=0&it=-1&log=maybe&junk=1');
    expect(problems).toHaveLength(5);
    const notices = problemNotices(problems, 'link');
    expect(notices).toHaveLength(MAX_PROBLEM_NOTICES);
    expect(notices[0]).toBe("Shared link: 'junk' is not part of a Neuron Lab link; it was ignored.");
    expect(notices.at(-1)).toBe('Shared link: 3 more problems (in lr, it, log); those parts use their defaults.');
  });

  it("names run B for a bad part of run B's, with run A's words for the same mistake", () => {
    const { problems } = decode('?v=1&data=011-1&seed=1&it=0&seed.b=x&lr=0', { runs: ['b'] });
    expect(problemNotices(problems, 'link')).toEqual([
      'Shared link: Learning rate (lr): 0 is not allowed; it must be above 0 and at most 1000; learning rate 1 is used.',
      "Shared link, run B: Seed: 'x' is not a number; it must be a whole number from 0 to 4294967295; seed 1 is used.",
    ]);
  });

  it('gives no notice for a good link', () => {
    expect(problemNotices(decode('?v=1&data=011-1&seed=1&it=0').problems, 'link')).toEqual([]);
  });
});

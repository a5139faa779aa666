import { plural, t } from '@lingui/core/macro';
import type { DecodeProblem } from '../../state/url';
import { RUN_B_SUFFIX } from '../../state/share/shareLink';

/** Notices the screen shows at once are few (the view slice keeps 4): past this many, the rest are summed up. */
export const MAX_PROBLEM_NOTICES = 3;

export type ProblemSource = 'link' | 'saved';

/** Where a problem was found, before the problem itself ("Shared link: the seed ..."). */
const prefixOf = (source: ProblemSource) => (source === 'link' ? t`Shared link:` : t`Table saved in this browser:`);

/** A part of run B's (`seed.b`, see RUN_B_SUFFIX): its message is run A's, and the notice names the run. */
const isRunBPart = (part: string) => part.endsWith(`.${RUN_B_SUFFIX}`);

/** The notices for a link's problems: one per problem, the last one summing up any beyond the first few. */
export function problemNotices(problems: readonly DecodeProblem[], source: ProblemSource): string[] {
  const prefix = `${prefixOf(source)} `;
  const noticeOf = (p: DecodeProblem) => `${isRunBPart(p.part) ? `${t`Shared link, run B:`} ` : prefix}${p.message}`;
  if (problems.length <= MAX_PROBLEM_NOTICES) return problems.map(noticeOf);
  const shown = problems.slice(0, MAX_PROBLEM_NOTICES - 1).map(noticeOf);
  const rest = problems.length - shown.length;
  const parts = [...new Set(problems.slice(shown.length).map((p) => (p.part === 'link' ? t`the link itself` : p.part)))].join(', ');
  return [...shown, `${prefix}${plural(rest, { one: `# more problem (in ${parts}); that part uses its default.`, other: `# more problems (in ${parts}); those parts use their defaults.` })}`];
}

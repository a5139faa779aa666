import { describe, expect, it } from 'vitest';
import { runningDomain } from './runningDomain';

// Linear axes end where d3's nice() puts 5 ticks: 24 M rounds up on a 5 M step to 25 M, 28 M to 30 M.
describe('runningDomain (a running frame\'s axes, with room ahead on the iteration axis)', () => {
  const y = { y0: -2, y1: 3 };

  it('keeps the end shown while the run is inside it', () => {
    expect(runningDomain({ xEnd: 25e6, ...y }, { xEnd: 12e6, ...y }, 'linear')).toEqual({ xEnd: 25e6, ...y });
    expect(runningDomain({ xEnd: 12e6, ...y }, { xEnd: 12e6, ...y }, 'linear')).toEqual({ xEnd: 12e6, ...y });
  });

  it('past the end shown, jumps to the round end at or above twice the needed one', () => {
    expect(runningDomain({ xEnd: 12e6, ...y }, { xEnd: 14e6, ...y }, 'linear')).toEqual({ xEnd: 30e6, ...y });
  });

  it('does not keep an end more than the room ahead (the run went back): the lines fill at least half', () => {
    expect(runningDomain({ xEnd: 40e6, ...y }, { xEnd: 12e6, ...y }, 'linear')).toEqual({ xEnd: 25e6, ...y });
  });

  it('takes the needed y range, never a looser one', () => {
    expect(runningDomain({ xEnd: 25e6, y0: -3, y1: 4 }, { xEnd: 12e6, ...y }, 'linear')).toEqual({ xEnd: 25e6, ...y });
  });

  it('leaves a logarithmic axis as needed: its end moves at powers of ten already', () => {
    expect(runningDomain({ xEnd: 1e9, ...y }, { xEnd: 1e8, ...y }, 'log')).toEqual({ xEnd: 1e8, ...y });
  });
});

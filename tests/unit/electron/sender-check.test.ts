import { describe, expect, it } from 'vitest';
import { senderProblem, type SenderFacts } from '../../../main/electron/sender-check';

const trusted: SenderFacts = { frameUrl: 'app://verbatim/index.html', isTopFrame: true, isOurWindow: true };

describe('senderProblem', () => {
  it('trusts the top frame of our window showing the app', () => {
    expect(senderProblem(trusted)).toBeNull();
  });

  it.each<[string, Partial<SenderFacts>]>([
    ['a destroyed frame', { frameUrl: null }],
    ['a web contents that is not our window', { isOurWindow: false }],
    ['an embedded frame', { isTopFrame: false }],
    ['a page navigated to the web', { frameUrl: 'https://example.com/' }],
    ['a file: page', { frameUrl: 'file:///tmp/evil.html' }],
    ['a look-alike host', { frameUrl: 'app://verbatim.example/index.html' }],
    ['about:blank', { frameUrl: 'about:blank' }],
  ])('refuses %s', (_name, change) => {
    expect(senderProblem({ ...trusted, ...change })).toEqual(expect.any(String));
  });
});

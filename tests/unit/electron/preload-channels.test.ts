import { describe, expect, it } from 'vitest';
import { API_METHODS, channelOf } from '../../../shared/api';
import { APP_EVENT_TYPES, isAppEvent } from '../../../main/electron/app-events';
import { EVENT_CHANNEL, PRELOAD_METHODS, preloadChannelOf } from '../../../main/electron/preload-channels';

describe('the preload’s copy of the contract', () => {
  it('lists exactly the methods of the API contract', () => {
    expect([...PRELOAD_METHODS].sort()).toEqual([...API_METHODS].sort());
  });

  it('uses the same channel as channelOf for every method', () => {
    for (const method of API_METHODS) expect(preloadChannelOf(method)).toBe(channelOf(method));
  });

  it('pushes events on a channel no request uses', () => {
    expect(API_METHODS.map(channelOf)).not.toContain(EVENT_CHANNEL);
  });
});

describe('isAppEvent', () => {
  it.each(APP_EVENT_TYPES)('accepts { type: %s }', (type) => {
    expect(isAppEvent({ type })).toBe(true);
  });

  it.each([
    ['an unknown type', { type: 'run-this' }],
    ['extra fields', { type: 'documents-changed', html: '<img onerror=alert(1)>' }],
    ['a non-string type', { type: 1 }],
    ['null', null],
    ['a string', 'documents-changed'],
  ])('refuses %s', (_name, value) => {
    expect(isAppEvent(value)).toBe(false);
  });
});

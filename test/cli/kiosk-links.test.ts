import { describe, expect, it } from 'vitest';
import { kioskStartUrl, localIso, prefillOf } from '../../src/cli/kiosk-links.ts';
import { parseDay } from '../../src/cli/kiosk-report.ts';
import type { SheetEntry } from '../../src/outreach/sheet-rows.ts';

const entry = (over: Partial<SheetEntry> = {}): SheetEntry => ({
  rowNumber: 2,
  name: '泰州阀门有限公司',
  creditCode: null,
  location: '泰州',
  recommendingUnit: null,
  profile: { in_jiangsu: true, applicant_kind: 'enterprise', above_scale: true, total_investment: 6500 },
  assumed: ['in_jiangsu_from_location', 'enterprise_from_sheet'],
  ...over,
});

describe('kiosk links', () => {
  it('the link is the kiosk start path under the public address, with or without a trailing slash or a path', () => {
    expect(kioskStartUrl('http://192.168.1.20:3000/', 'T')).toBe('http://192.168.1.20:3000/kiosk/start?t=T');
    expect(kioskStartUrl('http://192.168.1.20:3000', 'T')).toBe('http://192.168.1.20:3000/kiosk/start?t=T');
    expect(kioskStartUrl('https://event.example/zd/', 'T')).toBe('https://event.example/zd/kiosk/start?t=T');
  });

  it('a token stands for the facts the row states; facts its reading assumed are left for the kiosk to ask', () => {
    expect(prefillOf(entry())).toEqual({
      name: '泰州阀门有限公司',
      facts: { above_scale: true, total_investment: 6500 },
    });
    // Stated in the sheet (no assumption noted): prefilled.
    expect(prefillOf(entry({ assumed: [] })).facts).toMatchObject({ in_jiangsu: true, applicant_kind: 'enterprise' });
  });

  it('an expiry reads in this machine’s time zone, with its offset', () => {
    const ms = new Date(2026, 11, 5, 23, 59, 59, 999).getTime();
    expect(localIso(ms)).toMatch(/^2026-12-05T23:59:59[+-]\d\d:\d\d$/);
    expect(new Date(localIso(ms)).getTime()).toBe(ms - 999);
  });
});

describe('--since days', () => {
  it('a real day is its local midnight; anything else is refused', () => {
    expect(parseDay('2026-11-28')).toBe(new Date(2026, 10, 28).getTime());
    expect(parseDay('2028-02-29')).toBe(new Date(2028, 1, 29).getTime());
    for (const bad of [
      '2026-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-11-31',
      '2026-1-5',
      '20261128',
      ' 2026-11-28',
      '',
    ])
      expect(parseDay(bad), bad).toBeNull();
  });
});

/**
 * What the user wants to apply for, asked first: the guide's program groups as its own headings
 * divide them (一、（一） … 五、（五）). A single-program project is then screened against its own
 * conditions only, instead of every question that could settle some other program; "not sure"
 * screens all of them.
 */
import type { ProgramId } from '../knowledge/program-catalogue.ts';

/** One group a user can pick, with the guide clause that heads it. */
export interface FocusGroup {
  readonly id: string;
  readonly clause: string;
  readonly programs: readonly ProgramId[];
}

/** The groups, in the guide's order. Labels and aliases are `dialog.focus.<id>` / `dialog.alias.focus.<id>`. */
export const FOCUS_GROUPS: readonly FocusGroup[] = [
  { id: 'tech-loan', clause: '1.1', programs: ['tech-loan'] },
  { id: 'demo', clause: '1.2', programs: ['smart-factory', 'iiot-benchmark', '5g-iiot', 'service-upgrade'] },
  { id: 'iiot', clause: '1.3', programs: ['iiot-identifier', 'iiot-platform', 'iiot-security'] },
  { id: 'xinchuang', clause: '1.4', programs: ['xinchuang-zone', 'xinchuang-lab'] },
  { id: 'data-product', clause: '1.5', programs: ['data-product'] },
  { id: 'core-tech', clause: '2', programs: ['core-tech'] },
  { id: 'merger', clause: '3.1', programs: ['merger'] },
  { id: 'little-giant', clause: '3.2', programs: ['little-giant'] },
  { id: 'honor-award', clause: '3.3', programs: ['honor-award'] },
  { id: 'expo-event', clause: '3.4', programs: ['expo-event'] },
  { id: 'green-upgrade', clause: '4.1', programs: ['green-upgrade'] },
  {
    id: 'platforms',
    clause: '5',
    programs: ['innovation-center', 'cluster-org', 'sme-platform', 'info-consumption'],
  },
  { id: 'talent-training', clause: '5.5', programs: ['talent-training'] },
  { id: 'all', clause: '', programs: [] },
];

/** The group id that means "screen everything". */
export const ALL_GROUP = 'all';

/** The programs a focus covers; `null` (no focus, or "all") covers every program. */
export function focusPrograms(focus: readonly string[] | null): ReadonlySet<ProgramId> | null {
  if (focus === null || focus.length === 0 || focus.includes(ALL_GROUP)) return null;
  return new Set(FOCUS_GROUPS.filter((g) => focus.includes(g.id)).flatMap((g) => g.programs));
}

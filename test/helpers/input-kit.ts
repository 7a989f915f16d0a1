/**
 * Real touch and pen input for tests (the `touch` and `pen` commands of
 * web-test-runner.config.mjs): CDP touch events, which Chromium turns into
 * touch pointer events and native scrolling and pinch; CDP mouse events with
 * `pointerType: 'pen'`. Coordinates are viewport CSS pixels.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export type XY = readonly [number, number];

interface TouchStep {
  type: 'touchStart' | 'touchMove' | 'touchEnd' | 'touchCancel';
  /** One entry per finger (its index is the touch id); empty for touchEnd. */
  points: readonly XY[];
  delay?: number;
}

interface PenStep {
  type: 'mousePressed' | 'mouseMoved' | 'mouseReleased';
  point: XY;
  buttons?: number;
  force?: number;
  delay?: number;
}

function round([x, y]: XY): XY {
  return [Math.round(x), Math.round(y)];
}

export async function touchSteps(steps: readonly TouchStep[]): Promise<void> {
  await executeServerCommand('touch', { steps: steps.map((step) => ({ ...step, points: step.points.map(round) })) });
}

/** One finger: down, a few moves, up. A tap when `from` equals `to`. */
export async function touchDrag(from: XY, to: XY, moves = 8): Promise<void> {
  const steps: TouchStep[] = [{ type: 'touchStart', points: [from] }];
  if (from[0] !== to[0] || from[1] !== to[1]) {
    for (let i = 1; i <= moves; i++) {
      const t = i / moves;
      steps.push({ type: 'touchMove', points: [[from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t]] });
    }
  }
  steps.push({ type: 'touchEnd', points: [] });
  await touchSteps(steps);
}

export async function tap(at: XY): Promise<void> {
  await touchDrag(at, at);
}

/** One finger along `points` (an ink stroke). */
export async function touchPath(points: readonly XY[]): Promise<void> {
  const [first, ...rest] = points;
  if (!first) return;
  await touchSteps([
    { type: 'touchStart', points: [first] },
    ...rest.map((point): TouchStep => ({ type: 'touchMove', points: [point] })),
    { type: 'touchEnd', points: [] },
  ]);
}

/** Two fingers moving together by (dx, dy): a two-finger scroll. */
export async function twoFingerDrag(a: XY, b: XY, dx: number, dy: number, moves = 10): Promise<void> {
  const steps: TouchStep[] = [{ type: 'touchStart', points: [a, b] }];
  for (let i = 1; i <= moves; i++) {
    const t = i / moves;
    steps.push({ type: 'touchMove', points: [[a[0] + dx * t, a[1] + dy * t], [b[0] + dx * t, b[1] + dy * t]] });
  }
  steps.push({ type: 'touchEnd', points: [] });
  await touchSteps(steps);
}

/** Two fingers moving apart (factor > 1) or together (< 1) around their midpoint. */
export async function pinch(a: XY, b: XY, factor: number, moves = 10): Promise<void> {
  const cx = (a[0] + b[0]) / 2;
  const cy = (a[1] + b[1]) / 2;
  const at = (p: XY, f: number): XY => [cx + (p[0] - cx) * f, cy + (p[1] - cy) * f];
  const steps: TouchStep[] = [{ type: 'touchStart', points: [a, b] }];
  for (let i = 1; i <= moves; i++) {
    const f = 1 + (factor - 1) * (i / moves);
    steps.push({ type: 'touchMove', points: [at(a, f), at(b, f)] });
  }
  steps.push({ type: 'touchEnd', points: [] });
  await touchSteps(steps);
}

/** A pen stroke along `points`: pressed at the first, moved through the rest, lifted at the last. */
export async function penPath(points: readonly XY[]): Promise<void> {
  const [first, ...rest] = points.map(round);
  if (!first) return;
  const last = rest[rest.length - 1] ?? first;
  const steps: PenStep[] = [
    { type: 'mouseMoved', point: first, buttons: 0 },
    { type: 'mousePressed', point: first },
    ...rest.map((point): PenStep => ({ type: 'mouseMoved', point, buttons: 1 })),
    { type: 'mouseReleased', point: last },
  ];
  await executeServerCommand('pen', { steps });
}

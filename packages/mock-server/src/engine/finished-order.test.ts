import { describe, expect, it } from 'vitest';
import { createFinishedOrder } from './finished-order';

describe('finished order', () => {
  it('takes the oldest first, across compactions, and lists what is left in order', () => {
    const order = createFinishedOrder();
    for (let i = 0; i < 3000; i++) order.push(`t${i}`);
    const taken = Array.from({ length: 2000 }, () => order.takeOldest());
    expect(taken[0]).toBe('t0');
    expect(taken[1999]).toBe('t1999');
    order.push('late');
    const left = order.list();
    expect(left).toHaveLength(1001);
    expect(left[0]).toBe('t2000');
    expect(left.at(-1)).toBe('late');
  });

  it('answers undefined when empty, and replace starts a new order', () => {
    const order = createFinishedOrder();
    expect(order.takeOldest()).toBeUndefined();
    order.push('a');
    order.replace(['x', 'y']);
    expect(order.takeOldest()).toBe('x');
    expect(order.list()).toEqual(['y']);
  });
});

import { describe, expect, it } from 'vitest';
import { holdsMoreElementsThan } from '../../../../lib/extract/dom/element-count';
import { htmlDocument } from '../../helpers';

describe('holdsMoreElementsThan', () => {
  const section = (html: string) => {
    const el = htmlDocument(`<div id="x">${html}</div><p>after</p><p>after</p>`).getElementById('x');
    if (!el) throw new Error('no section');
    return el;
  };

  it('counts every element below the root, however deep, and nothing beside it', () => {
    const el = section('<ul><li><a><b>1</b></a></li><li>2</li></ul><p>text <i>x</i></p>');
    expect(el.getElementsByTagName('*').length).toBe(7);
    expect(holdsMoreElementsThan(el, 6)).toBe(true);
    expect(holdsMoreElementsThan(el, 7)).toBe(false);
    expect(holdsMoreElementsThan(section(''), 0)).toBe(false);
    expect(holdsMoreElementsThan(section('<span></span>'), 0)).toBe(true);
  });

  it('agrees with a full count on cards and on sections of many cards', () => {
    const card = '<article><h3>Jane Doe</h3><p>CEO</p><a href="mailto:j@acme.example">Email</a></article>';
    for (const n of [1, 5, 20, 200]) {
      const el = section(card.repeat(n));
      const all = el.getElementsByTagName('*').length;
      for (const max of [0, 3, 4, 59, 60, all - 1, all, all + 1]) {
        expect(holdsMoreElementsThan(el, max)).toBe(all > max);
      }
    }
  });
});

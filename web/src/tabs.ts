// The ARIA tabs pattern's keys on a tablist: Left/Right (and Home/End) move to the previous,
// next, first or last tab, focus it and select it. Attach as onKeyDown of the tablist.

/** The index of the tab a key moves to, or null when the key is not one of the pattern's. */
export function nextTab(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

export function onTabKeys(e: KeyboardEvent): void {
  const list = e.currentTarget as HTMLElement;
  const tabs = [...list.querySelectorAll<HTMLElement>('[role="tab"]')];
  const current = tabs.indexOf(document.activeElement as HTMLElement);
  if (current < 0) return;
  const next = nextTab(e.key, current, tabs.length);
  if (next === null) return;
  e.preventDefault();
  tabs[next].focus();
  tabs[next].click();
}

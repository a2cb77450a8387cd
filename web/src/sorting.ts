// Sortable report columns: which column, which way, and rows put in that order.

export type Direction = 'ascending' | 'descending';

export interface Sort<K extends string = string> {
  key: K;
  direction: Direction;
}

/** A click on a column: the sorted column turns around, another one sorts ascending. */
export function nextSort<K extends string>(current: Sort<K>, key: K): Sort<K> {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: 'ascending' };
}

const collator = new Intl.Collator('en-US', { sensitivity: 'base', numeric: true });

/**
 * The rows in the order of a column's values (text by the reader's alphabet, numbers and
 * ISO dates in their own order); rows without a value go last either way; ties keep their order.
 */
export function sortRows<T>(rows: readonly T[], value: (row: T) => string | number | null | undefined, direction: Direction): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, v: value(row) }))
    .sort((a, b) => {
      const missingA = a.v === null || a.v === undefined || a.v === '';
      const missingB = b.v === null || b.v === undefined || b.v === '';
      if (missingA || missingB) return missingA === missingB ? a.index - b.index : missingA ? 1 : -1;
      const order = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : collator.compare(String(a.v), String(b.v));
      return order !== 0 ? sign * order : a.index - b.index;
    })
    .map((x) => x.row);
}

/** The server's sort parameter for a column ("name", "-name"). */
export function sortParam(sort: Sort): string {
  return sort.direction === 'ascending' ? sort.key : `-${sort.key}`;
}

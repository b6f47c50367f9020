// One "top N" table of the reports: a title, column names, and a row per item, each row marked
// with its key (data-rule, data-site...) for tests and styling.
import type { ReactNode } from 'react';
import { TableHead } from '../shared/TableHead';

const TOP = 10;

export interface TopTableProps<T> {
  title: string;
  testId: string;
  columns: string[];
  items: T[];
  /** The attribute naming a row (e.g. "data-rule") and its value for an item. */
  keyAttr: string;
  keyOf(item: T): string;
  cells(item: T): ReactNode[];
}

export function TopTable<T>({ title, testId, columns, items, keyAttr, keyOf, cells }: TopTableProps<T>) {
  return (
    <div>
      <h3>{title}</h3>
      <table className="gr-table" data-testid={testId}>
        <TableHead columns={columns} />
        <tbody>
          {items.slice(0, TOP).map((item) => (
            <tr key={keyOf(item)} {...{ [keyAttr]: keyOf(item) }}>
              {cells(item).map((c, i) => (
                <td key={i}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

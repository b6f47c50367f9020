// The header row of a data table: one <th> per column name ("" for a column without a title).
export function TableHead({ columns }: { columns: string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c, i) => (
          <th key={i}>{c || null}</th>
        ))}
      </tr>
    </thead>
  );
}

/** One value of an audit entry's detail, as text: lists joined, nested records as indented JSON. */
function valueText(value: unknown): { text: string; block: boolean } {
  if (value === null || value === undefined) return { text: "—", block: false };
  if (typeof value === "string") return { text: value === "" ? "“”" : value, block: false };
  if (typeof value === "number" || typeof value === "boolean") return { text: String(value), block: false };
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== "object")) {
    return { text: value.length === 0 ? "[]" : value.map((v) => String(v)).join(", "), block: false };
  }
  return { text: JSON.stringify(value, null, 2), block: true };
}

/**
 * An audit entry's detail as a key/value list that wraps like text (ids and codes break at any
 * character only when they must); a nested record shows as indented JSON that wraps too.
 */
export function AuditDetail({ detail }: { detail: unknown }) {
  if (detail === null || typeof detail !== "object" || Array.isArray(detail)) {
    const { text } = valueText(detail);
    return <span className="font-mono text-xs [overflow-wrap:anywhere]">{text}</span>;
  }
  const entries = Object.entries(detail as Record<string, unknown>);
  if (entries.length === 0) return null;
  return (
    <dl className="grid grid-cols-[minmax(0,max-content)_minmax(0,1fr)] gap-x-3 gap-y-0.5 text-xs">
      {entries.map(([key, value]) => {
        const { text, block } = valueText(value);
        return (
          <div key={key} className="contents">
            <dt className="font-medium text-slate-600 [overflow-wrap:anywhere] dark:text-slate-400">{key}</dt>
            <dd className="min-w-0 font-mono [overflow-wrap:anywhere]">
              {block ? <pre className="whitespace-pre-wrap [overflow-wrap:anywhere]">{text}</pre> : text}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

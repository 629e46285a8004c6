/** A set of checkboxes under one legend: a switch per name, each reporting its own change. */
export function SwitchGroup<K extends string>({
  legend,
  names,
  values,
  label,
  onToggle,
  testId,
  disabled = false,
}: {
  legend: string;
  names: readonly K[];
  values: Readonly<Record<K, boolean>>;
  label: (name: K) => string;
  onToggle: (name: K, on: boolean) => void;
  /** Each checkbox gets data-testid `<testId>-<name>`. */
  testId: string;
  disabled?: boolean;
}) {
  return (
    <fieldset className="switches" disabled={disabled}>
      <legend>{legend}</legend>
      {names.map((name) => (
        <label key={name} className="field inline switch">
          <input
            type="checkbox"
            checked={values[name]}
            onChange={(event) => onToggle(name, event.currentTarget.checked)}
            data-testid={`${testId}-${name}`}
          />
          <span>{label(name)}</span>
        </label>
      ))}
    </fieldset>
  );
}

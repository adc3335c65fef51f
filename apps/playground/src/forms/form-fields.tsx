/**
 * The labelled fields every submit form repeats: a caption and a control that carries the same text as
 * its `aria-label` (the browser tests find fields by it). One place for the markup keeps the forms to
 * what they send.
 */

/** Props of {@link TextField} and {@link TextAreaField}. */
export interface TextFieldProps {
  /** Caption, also the control's `aria-label`. */
  label: string;
  value: string;
  onChange(value: string): void;
  placeholder?: string;
  /** The label's class (`grow` inside a row). */
  className?: string;
}

/**
 * A labelled one-line input.
 * @example <TextField label="Task id" value={taskId} onChange={setTaskId} className="grow" />
 */
export function TextField({ label, value, onChange, placeholder, className }: TextFieldProps) {
  return (
    <label className={className}>
      {label}
      <input
        aria-label={label}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
      />
    </label>
  );
}

/**
 * A labelled textarea of `rows` rows (prompts).
 * @example <TextAreaField label="Prompt" rows={2} value={prompt} onChange={setPrompt} />
 */
export function TextAreaField({
  label,
  value,
  onChange,
  placeholder,
  className,
  rows,
}: TextFieldProps & { rows: number }) {
  return (
    <label className={className}>
      {label}
      <textarea
        aria-label={label}
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
      />
    </label>
  );
}

/** Props of {@link SelectField}. */
export interface SelectFieldProps {
  /** Caption, also the select's `aria-label`. */
  label: string;
  value: string;
  /** The choices, each its own value and text. */
  options: readonly (string | number)[];
  onChange(value: string): void;
  className?: string;
  disabled?: boolean;
}

/**
 * A labelled select of plain options.
 * @example <SelectField label="Motion" value={motion} options={['low', 'high']} onChange={setMotion} />
 */
export function SelectField({ label, value, options, onChange, className, disabled }: SelectFieldProps) {
  return (
    <label className={className}>
      {label}
      <select aria-label={label} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o}>{o}</option>
        ))}
      </select>
    </label>
  );
}

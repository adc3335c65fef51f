import { type ReactNode, useState } from 'react';

/** One tab: its label and content. */
export interface Tab {
  id: string;
  label: string;
  render: () => ReactNode;
}

/** Props of {@link Tabs}. */
export interface TabsProps {
  label: string;
  tabs: Tab[];
  initial?: string;
  /**
   * Keep a tab's content mounted (hidden) once it was opened, so form fields survive switching tabs.
   * Off: only the selected tab is rendered (its polling stops when it is not shown).
   */
  keepMounted?: boolean;
}

/** Accessible tabs (tablist / tab / tabpanel), the first selected. */
export function Tabs(props: TabsProps) {
  const [selected, setSelected] = useState(props.initial ?? props.tabs[0]?.id);
  const current = props.tabs.find((t) => t.id === selected) ?? props.tabs[0];
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set(current ? [current.id] : []));
  const select = (id: string) => {
    setSelected(id);
    setOpened((s) => (s.has(id) ? s : new Set([...s, id])));
  };
  const shown = props.tabs.filter((t) => t.id === current?.id || (props.keepMounted && opened.has(t.id)));
  return (
    <div className="tabs">
      <div role="tablist" aria-label={props.label} className="tablist">
        {props.tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === current?.id}
            aria-controls={`tabpanel-${tab.id}`}
            onClick={() => select(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {shown.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`tabpanel-${tab.id}`}
          aria-labelledby={`tab-${tab.id}`}
          className="tabpanel"
          hidden={tab.id !== current?.id}
        >
          {tab.render()}
        </div>
      ))}
    </div>
  );
}

import { type ReactNode, useState } from 'react';

/** One tab: its label and content (rendered only while selected). */
export interface Tab {
  id: string;
  label: string;
  render: () => ReactNode;
}

/** Accessible tabs (tablist / tab / tabpanel), the first selected. */
export function Tabs(props: { label: string; tabs: Tab[]; initial?: string }) {
  const [selected, setSelected] = useState(props.initial ?? props.tabs[0]?.id);
  const current = props.tabs.find((t) => t.id === selected) ?? props.tabs[0];
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
            onClick={() => setSelected(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {current && (
        <div
          role="tabpanel"
          id={`tabpanel-${current.id}`}
          aria-labelledby={`tab-${current.id}`}
          className="tabpanel"
        >
          {current.render()}
        </div>
      )}
    </div>
  );
}

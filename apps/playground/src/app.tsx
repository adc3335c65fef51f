import { useEffect, useMemo, useState } from 'react';
import { ConnectionPanel } from './connection/connection-panel';
import { loadSettings, type Settings, saveSettings } from './connection/settings';
import { useSession } from './connection/use-session';
import { ClockPanel } from './control/clock-panel';
import { SubmitForms } from './forms/submit-forms';
import { RawView } from './inspector/raw-view';
import { RequestJournal } from './inspector/request-journal';
import { WebhookInspector } from './inspector/webhook-inspector';
import { Panel } from './layout/panel';
import { Tabs } from './layout/tabs';
import { ModalDialog } from './modal/modal-dialog';
import { NoticeList, TaskBoard } from './tasks/task-board';
import { MediaResolverContext } from './tasks/use-media-url';
import { useTaskBoard } from './tasks/use-task-board';
import { createCallJournal } from './transport/call-journal';

const storage = typeof localStorage === 'undefined' ? undefined : localStorage;

/**
 * The playground: connection and clock on the left, forms and the task board in the middle, the
 * webhook inspector, request journal and raw view on the right. Talks only through `@mjkit/client`
 * and the mock's control API, so it works against the mock, a Prism mock or a real gateway.
 */
export function App() {
  const [settings, setSettings] = useState<Settings>(() => loadSettings(storage, location.search));
  const journal = useMemo(() => createCallJournal(), []);
  const session = useSession(settings, journal);
  const tasks = useTaskBoard(session.parts);
  const control = session.controlStatus === 'present' ? session.parts?.control : undefined;
  const { refreshState } = session;

  useEffect(() => {
    if (!control) return;
    const timer = setInterval(() => void refreshState(), 2000);
    return () => clearInterval(timer);
  }, [control, refreshState]);

  const apply = (next: Settings) => {
    saveSettings(storage, next);
    setSettings(next);
  };
  const afterControl = async () => {
    await refreshState();
    await tasks.refresh();
  };

  return (
    <MediaResolverContext.Provider value={session.parts?.resolveMedia}>
      <div className="app">
        <header className="topbar">
          <h1>
            mjkit <span>playground</span>
          </h1>
          <span className="topbar-target">
            {settings.transport === 'in-page'
              ? 'mock in this page'
              : (session.parts?.baseUrl ?? settings.baseUrl)}
          </span>
        </header>
        <div className="layout">
          <aside className="side">
            <ConnectionPanel settings={settings} session={session} onApply={apply} />
            {control && (
              <ClockPanel
                control={control}
                state={session.mockState}
                onChanged={afterControl}
                onError={(detail) => tasks.notify({ tone: 'error', title: 'Control API', detail })}
              />
            )}
          </aside>
          <main className="main">
            <SubmitForms submit={tasks.submit} upload={tasks.upload} disabled={!session.parts} />
            <NoticeList notices={tasks.notices} onDismiss={tasks.dismiss} />
            <TaskBoard
              board={tasks.board}
              onPress={tasks.press}
              onRemove={(id) => tasks.dispatch({ type: 'remove', id })}
              onClear={() => tasks.dispatch({ type: 'clear' })}
            />
          </main>
          <aside className="inspect">
            <Panel title="Inspector">
              <Tabs
                key={control ? 'control' : 'no-control'}
                label="Inspector"
                tabs={[
                  ...(control
                    ? [
                        {
                          id: 'webhooks',
                          label: 'Webhooks',
                          render: () => (
                            <WebhookInspector control={control} hook={session.parts?.notifyHook} />
                          ),
                        },
                        {
                          id: 'requests',
                          label: 'Requests',
                          render: () => <RequestJournal control={control} />,
                        },
                      ]
                    : []),
                  { id: 'raw', label: 'Raw', render: () => <RawView journal={journal} /> },
                ]}
              />
            </Panel>
          </aside>
        </div>
        {tasks.modal && (
          <ModalDialog
            key={tasks.modal.taskId}
            modal={tasks.modal}
            onSubmit={tasks.confirmModal}
            onCancel={tasks.cancelModal}
          />
        )}
      </div>
    </MediaResolverContext.Provider>
  );
}

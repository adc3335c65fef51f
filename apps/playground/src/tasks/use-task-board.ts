import type { SubmitRoute, Submitted } from '@mjkit/client';
import type { Button, CustomIdKind } from '@mjkit/contract';
import { parseCustomId } from '@mjkit/contract/core';
import { useCallback, useReducer, useState } from 'react';
import type { SessionParts } from '../connection/create-session';
import { describeError, describeSubmitted, type Notice } from './submit-outcome';
import { activeTaskIds, EMPTY_BOARD, type TaskEntry, taskBoardReducer } from './task-store';
import { useNotices } from './use-notices';
import { useTaskPoller } from './use-task-poller';

/** A task waiting in MODAL for the code-21 dialog. */
export interface PendingModal {
  /** The id /submit/modal takes (returned with code 21). */
  taskId: string;
  /** The button pressed, e.g. `Vary (Region)`. */
  label: string;
  kind: CustomIdKind | undefined;
  /** The image the action works on (the mask painter draws over it). */
  imageUrl: string | undefined;
  prompt: string;
}

/** A submit route the forms call (each takes its route's body): buttons and the modal have their own paths. */
export type FormRoute = Exclude<SubmitRoute, 'action' | 'modal'>;

/**
 * The board's behaviour: submits from the forms, button presses (code 21 opens the dialog), the
 * modal's confirmation, polling, and notices for what went wrong.
 */
export function useTaskBoard(parts: SessionParts | undefined) {
  const [board, dispatch] = useReducer(taskBoardReducer, EMPTY_BOARD);
  const [modal, setModal] = useState<PendingModal>();
  const { notices, push, dismiss } = useNotices();
  const refresh = useTaskPoller(parts?.client, activeTaskIds(board), dispatch);

  const accept = useCallback(
    (submitted: Submitted, origin: string) => {
      dispatch({ type: 'submitted', id: submitted.taskId, origin, submitted });
      if (submitted.code === 22)
        push({ tone: 'info', title: 'Queued (code 22)', detail: describeSubmitted(submitted) });
      void refresh();
    },
    [push, refresh],
  );

  const submit = useCallback(
    async (route: FormRoute, body: Record<string, unknown>): Promise<boolean> => {
      if (!parts) return false;
      const hook = parts.notifyHook && body.notifyHook === undefined ? { notifyHook: parts.notifyHook } : {};
      try {
        const call = parts.client[route] as (b: Record<string, unknown>) => Promise<Submitted>;
        const submitted = await call({ ...body, ...hook });
        accept(submitted, route);
        if (submitted.code === 21)
          setModal({
            taskId: submitted.taskId,
            label: route,
            kind: undefined,
            imageUrl: undefined,
            prompt: String(body.prompt ?? ''),
          });
        return true;
      } catch (error) {
        push(describeError(error));
        return false;
      }
    },
    [parts, accept, push],
  );

  const press = useCallback(
    async (entry: TaskEntry, button: Button) => {
      if (!parts || !entry.task) return;
      const label = button.label || button.emoji;
      try {
        const submitted = await parts.client.action({
          taskId: entry.task.id,
          customId: button.customId,
          ...(parts.notifyHook ? { notifyHook: parts.notifyHook } : {}),
        });
        accept(submitted, `${label} on ${entry.task.id}`);
        if (submitted.code === 21) {
          const modalTask = await parts.client.fetchTask(submitted.taskId).catch(() => undefined);
          setModal({
            taskId: submitted.taskId,
            label,
            kind: parseCustomId(button.customId)?.kind,
            imageUrl: entry.task.imageUrl ?? undefined,
            prompt:
              modalTask?.prompt ||
              String(modalTask?.properties?.finalPrompt ?? '') ||
              entry.task.prompt ||
              '',
          });
        }
      } catch (error) {
        push(describeError(error));
      }
    },
    [parts, accept, push],
  );

  /** Sends /submit/modal; on a refusal the dialog stays open and shows the returned notice. */
  const confirmModal = useCallback(
    async (body: { prompt: string; maskBase64?: string }): Promise<Notice | undefined> => {
      if (!parts || !modal) return undefined;
      try {
        const submitted = await parts.client.modal({ taskId: modal.taskId, ...body });
        accept(submitted, `${modal.label} (modal)`);
        setModal(undefined);
        return undefined;
      } catch (error) {
        return describeError(error);
      }
    },
    [parts, modal, accept],
  );

  const upload = useCallback(
    async (images: string[]) => {
      if (!parts) return;
      try {
        const urls = await parts.client.uploadImages(images);
        push({ tone: 'info', title: `Uploaded ${urls.length} image(s)`, detail: urls.join('\n') });
      } catch (error) {
        push(describeError(error));
      }
    },
    [parts, push],
  );

  return {
    board,
    dispatch,
    notices,
    notify: push,
    dismiss,
    submit,
    press,
    upload,
    modal,
    confirmModal,
    cancelModal: () => setModal(undefined),
    refresh,
  };
}

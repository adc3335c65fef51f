/**
 * How the playground shows a task's status and progress: `""` (new-api before the first poll) reads
 * as pending, and the progress string is shown as the gateway sent it.
 * @example statusLabel({ status: 'IN_PROGRESS', progress: '46%' }) // 'IN_PROGRESS 46%'
 */
export function statusLabel(task: { status?: string | null; progress?: string | null }): string {
  const status = task.status || 'PENDING';
  const progress = task.progress && status !== 'SUCCESS' && status !== 'FAILURE' ? ` ${task.progress}` : '';
  return `${status}${progress}`;
}

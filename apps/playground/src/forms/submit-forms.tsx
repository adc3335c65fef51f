import { useState } from 'react';
import { Panel } from '../layout/panel';
import { Tabs } from '../layout/tabs';
import type { FormRoute } from '../tasks/use-task-board';
import { BlendForm } from './blend-form';
import { DescribeForm } from './describe-form';
import type { FormProps } from './form-types';
import { ImagineForm } from './imagine-form';
import { EditsForm, SwapForm, UploadForm, VideoForm } from './media-forms';
import { ChangeForm, ShortenForm } from './text-forms';

/** Props of {@link SubmitForms}. */
export interface SubmitFormsProps {
  submit(route: FormRoute, body: Record<string, unknown>): Promise<boolean>;
  upload(images: string[]): Promise<void>;
  disabled: boolean;
}

/** One tab per submit route; each form turns its fields (and dropped images) into the route's body. */
export function SubmitForms(props: SubmitFormsProps) {
  const [busy, setBusy] = useState(false);
  const submit: FormProps['submit'] = async (route, body) => {
    setBusy(true);
    try {
      return await props.submit(route, body);
    } finally {
      setBusy(false);
    }
  };
  const p: FormProps = { submit, busy: busy || props.disabled };
  return (
    <Panel title="Submit" className="forms">
      <Tabs
        label="Submit routes"
        keepMounted
        tabs={[
          { id: 'imagine', label: 'Imagine', render: () => <ImagineForm {...p} /> },
          { id: 'blend', label: 'Blend', render: () => <BlendForm {...p} /> },
          { id: 'describe', label: 'Describe', render: () => <DescribeForm {...p} /> },
          { id: 'shorten', label: 'Shorten', render: () => <ShortenForm {...p} /> },
          { id: 'change', label: 'Change', render: () => <ChangeForm {...p} /> },
          { id: 'video', label: 'Video', render: () => <VideoForm {...p} /> },
          { id: 'edits', label: 'Edits', render: () => <EditsForm {...p} /> },
          { id: 'swap', label: 'Swap', render: () => <SwapForm {...p} /> },
          { id: 'upload', label: 'Upload', render: () => <UploadForm upload={props.upload} busy={p.busy} /> },
        ]}
      />
    </Panel>
  );
}

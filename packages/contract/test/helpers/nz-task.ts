/**
 * A finished imagine as novicezk/midjourney-proxy returns it (no buttons, mode or botType): the sample
 * the per-profile schema tests and the per-profile Prism tests both check.
 */
export const NZ_TASK = {
  id: '1748339029401828',
  action: 'IMAGINE',
  status: 'SUCCESS',
  prompt: 'a cat',
  promptEn: 'a cat',
  description: '/imagine a cat',
  state: null,
  submitTime: 1748339029401,
  startTime: 1748339030665,
  finishTime: 1748339072775,
  imageUrl: 'http://127.0.0.1:8080/cdn/a.png',
  progress: '100%',
  failReason: null,
  properties: { finalPrompt: 'a cat' },
  imageWidth: 1024,
  imageHeight: 1024,
};

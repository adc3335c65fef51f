import request from 'supertest';
import { type AppOptions, createApp } from '../../src/adapters/express-app';
import { createMock, type MockOptions } from '../../src/mock/create-mock';

/** The real express app over a manual-clock mock with small images. */
export function testApp(options: MockOptions & AppOptions = {}) {
  const mock = createMock({ clock: 'manual', ...options, config: { imageSize: 64, ...options.config } });
  const app = createApp(mock, options);
  const advance = async (ms: number) =>
    (await request(app).post('/__mock/clock/advance').send({ ms }).expect(200)).body;
  return { mock, app, http: () => request(app), advance };
}

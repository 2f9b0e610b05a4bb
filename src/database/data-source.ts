import { DataSource } from 'typeorm';
import { loadConfigFromProcess } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';

/** For the TypeORM CLI (`npm run migration:generate`), run against the compiled file. */
export default new DataSource(dataSourceOptions(loadConfigFromProcess()));

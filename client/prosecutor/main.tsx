import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const container = document.getElementById('root');
if (!container) throw new Error('Thicket: #root element missing from prosecutor/index.html');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

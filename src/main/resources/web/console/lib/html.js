// Preact with htm: components are plain functions returning html`...` templates; no build.
import { h, render, Fragment, createContext } from 'preact';
import htm from 'htm';

export const html = htm.bind(h);
export { h, render, Fragment, createContext };
export { useState, useEffect, useMemo, useCallback, useRef, useContext, useReducer, useId } from 'preact/hooks';

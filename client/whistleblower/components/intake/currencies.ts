// Currencies for the price (ISO 4217): those of the countries where wildlife is sold, bought and
// passed through, plus the usual trading currencies. Names come from the browser in the page
// language (region-names.ts).
import { namedOptions, type CodeOption } from './region-names';

export const CURRENCY_CODES: readonly string[] = [
  // Trading currencies
  'USD', 'EUR', 'GBP', 'CHF', 'JPY', 'AUD', 'CAD', 'NZD',
  // East and South-East Asia
  'CNY', 'HKD', 'MOP', 'TWD', 'KRW', 'VND', 'THB', 'LAK', 'KHR', 'MMK', 'MYR', 'SGD', 'IDR', 'PHP', 'BND',
  // South Asia
  'INR', 'PKR', 'BDT', 'NPR', 'LKR',
  // Middle East and North Africa
  'AED', 'SAR', 'QAR', 'KWD', 'OMR', 'BHD', 'JOD', 'ILS', 'TRY', 'EGP', 'MAD', 'DZD', 'TND', 'LYD',
  // Sub-Saharan Africa
  'NGN', 'GHS', 'XOF', 'XAF', 'CDF', 'KES', 'TZS', 'UGX', 'RWF', 'BIF', 'ETB', 'SDG', 'SSP', 'SOS', 'MZN', 'AOA',
  'ZMW', 'MWK', 'BWP', 'NAD', 'ZAR', 'ZWG', 'MGA', 'GNF', 'SLE', 'LRD',
  // The Americas
  'BRL', 'MXN', 'COP', 'PEN', 'ARS', 'CLP', 'BOB', 'PYG', 'UYU', 'VES', 'GTQ', 'HNL', 'NIO', 'CRC', 'DOP',
  // Europe and Central Asia
  'RUB', 'UAH', 'PLN', 'CZK', 'HUF', 'RON', 'SEK', 'NOK', 'DKK', 'KZT',
];

export function currencyOptions(language: string): CodeOption[] {
  return namedOptions(CURRENCY_CODES, language, 'currency');
}

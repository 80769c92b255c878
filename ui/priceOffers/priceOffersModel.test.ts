import {
  fittedElasticities,
  offersAsText,
  productsAsText,
  productsFromTable,
  typedOffers,
  typedProducts,
  validateStep,
  initialState,
} from './priceOffersModel';
import { setUiLanguage } from '../i18n';
import '../../core/kit/i18n/catalogues';

describe("the price and offers wizard's answers", () => {
  it('reads products typed a line each, and writes them back the same way, keeping each one’s elasticity by name', () => {
    const products = typedProducts('Chairs: 100, 1000, 60\n\nBinders: 8, 20 000, 3', []);
    expect(products).toEqual([
      { name: 'Chairs', price: 100, units: 1000, unitCost: 60, elasticity: -1.5, priceChange: -0.1 },
      { name: 'Binders', price: 8, units: 20000, unitCost: 3, elasticity: -1.5, priceChange: -0.1 },
    ]);
    expect(typedProducts(productsAsText(products), [{ ...products[0], elasticity: -3 }])[0].elasticity).toBe(-3);
  });

  it('reads offers as a product, a discount and a share of volume in percent', () => {
    const offers = typedOffers('Spring: Chairs, 20%, 30%\nSchool: Binders, 15, 50');
    expect(offers).toEqual([
      { name: 'Spring', product: 'Chairs', discount: 0.2, share: 0.3 },
      { name: 'School', product: 'Binders', discount: 0.15, share: 0.5 },
    ]);
    expect(typedOffers(offersAsText(offers))).toEqual(offers);
  });

  it('reads and writes products and offers as a Vietnamese pane types numbers: a decimal comma, parts apart with semicolons', () => {
    setUiLanguage('vi');
    try {
      const products = typedProducts('Ghế: 1.250,5; 1.000; 60', []);
      expect(products[0]).toMatchObject({ price: 1250.5, units: 1000, unitCost: 60 });
      expect(productsAsText(products)).toBe('Ghế: 1250,5; 1000; 60');
      const offers = typedOffers('Xuân: Ghế; 12,5%; 30');
      expect(offers).toEqual([{ name: 'Xuân', product: 'Ghế', discount: 0.125, share: 0.3 }]);
      expect(offersAsText(offers)).toBe('Xuân: Ghế; 12,5%; 30%');
      // A table's numbers are read as numbers, not through text where 1.234 would be a thousand.
      expect(
        productsFromTable(
          [
            ['Product', 'Price', 'Units', 'Unit cost'],
            ['Ghế', 1.234, 10, 0.5],
          ],
          [],
        ),
      ).toMatchObject([{ price: 1.234 }]);
    } finally {
      setUiLanguage('en');
    }
  });

  it('reads products from a table by its field names, and says which fields it needs', () => {
    const table = [
      ['Product', 'Price', 'Units sold', 'Unit cost'],
      ['Chairs', 100, 1000, 60],
      [null, null, null, null],
    ];
    expect(productsFromTable(table, [])).toEqual([{ name: 'Chairs', price: 100, units: 1000, unitCost: 60, elasticity: -1.5, priceChange: -0.1 }]);
    expect(productsFromTable([['Product', 'Price']], [])).toBe('Select a table with a product, a price, units and a unit cost field.');
  });

  it('fits each product’s elasticity from a price–units history, and says where it cannot', () => {
    const products = typedProducts('Chairs: 100, 1000, 60\nDesks: 300, 50, 200', []);
    // Chairs' units fall as price⁻²: an elasticity of −2 exactly; Desks have two rows only.
    const history = [['Product', 'Price', 'Units'], ...[80, 100, 125].map((p) => ['Chairs', p, 1e7 / p ** 2]), ['Desks', 300, 50], ['Desks', 320, 45]];
    const fitted = fittedElasticities(products, history);
    if (typeof fitted === 'string') throw new Error(fitted);
    expect(fitted.products[0].elasticity).toBeCloseTo(-2, 6);
    expect(fitted.products[1].elasticity).toBe(-1.5);
    expect(fitted.fits[0]).toBe('Chairs: -2.00 from 3 rows');
    expect(fitted.fits[1]).toMatch(/^Desks: not fitted \(an elasticity needs at least 3 rows/);
  });

  it('asks for named products once each, and offers on a product listed', () => {
    const at = (step: number, answers: object) => validateStep({ step, answers: { ...initialState().answers, ...answers } });
    const chairs = typedProducts('Chairs: 100, 1000, 60', []);
    expect(at(0, {})).toHaveProperty('products');
    expect(at(0, { products: [...chairs, ...chairs] }).products).toBe('Two products have the same name.');
    expect(at(0, { products: chairs })).toEqual({});
    expect(at(2, { products: chairs, offers: typedOffers('Spring: Desks, 20%, 30%') }).offers).toBe('The offer Spring is on a product not listed: Desks.');
    expect(at(2, { products: chairs, offers: typedOffers('Spring: chairs , 20%, 30%') })).toEqual({});
  });
});

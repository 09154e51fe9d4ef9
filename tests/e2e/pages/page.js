// Builds the widgets the test asked for: ?cfg=[{"attribute": "value"}, …]
// (a host-page parameter that the widgets' URL state must keep).
const configs = JSON.parse(new URLSearchParams(location.search).get('cfg') ?? '[{}]');
for (const attributes of configs) {
  const element = document.createElement('recap-widget');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.querySelector('main').append(element);
}

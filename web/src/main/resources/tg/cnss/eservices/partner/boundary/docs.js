// The partners' documentation page: lays out the OpenAPI document the portal serves.
// Everything is written with textContent (the document's texts are never read as HTML).
(function () {
    'use strict';

    function el(tag, text, className) {
        var node = document.createElement(tag);
        if (text !== undefined && text !== null) { node.textContent = text; }
        if (className) { node.className = className; }
        return node;
    }

    function resolve(doc, item) {
        if (item && item.$ref) {
            var parts = item.$ref.replace(/^#\//, '').split('/');
            var found = doc;
            parts.forEach(function (part) { found = found ? found[part] : undefined; });
            return found || item;
        }
        return item;
    }

    function schemaName(schema) {
        if (!schema) { return ''; }
        if (schema.$ref) { return schema.$ref.split('/').pop(); }
        if (schema.type === 'array' && schema.items) { return 'liste de ' + schemaName(schema.items); }
        return Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type || '');
    }

    function table(caption, headers, rows) {
        var t = el('table');
        t.appendChild(el('caption', caption));
        var head = el('thead');
        var tr = el('tr');
        headers.forEach(function (h) { var th = el('th', h); th.scope = 'col'; tr.appendChild(th); });
        head.appendChild(tr);
        t.appendChild(head);
        var body = el('tbody');
        rows.forEach(function (cells) {
            var row = el('tr');
            cells.forEach(function (c) { row.appendChild(el('td', c)); });
            body.appendChild(row);
        });
        t.appendChild(body);
        return t;
    }

    function examplesOf(content) {
        var out = [];
        Object.keys(content || {}).forEach(function (media) {
            var examples = content[media].examples || {};
            Object.keys(examples).forEach(function (name) {
                var value = examples[name].value;
                var text = value;
                try { text = JSON.stringify(JSON.parse(value), null, 2); } catch (e) { /* not JSON: as written */ }
                out.push({ media: media, name: name, text: text });
            });
        });
        return out;
    }

    function operation(doc, path, method, op) {
        var box = el('section', null, 'operation');
        box.id = (op.operationId || (method + path)).replace(/[^A-Za-z0-9]+/g, '-');
        var title = el('h3');
        title.appendChild(el('span', method.toUpperCase(), 'methode methode-' + method));
        title.appendChild(el('span', path, 'chemin'));
        title.appendChild(el('span', op.summary || ''));
        box.appendChild(title);
        if (op.description) { box.appendChild(el('p', op.description)); }
        (op.security || []).forEach(function (requirement) {
            Object.keys(requirement).forEach(function (scheme) {
                box.appendChild(el('p', 'Portée requise : ' + (requirement[scheme].join(', ') || 'aucune'), 'portees'));
            });
        });
        var params = (op.parameters || []).map(function (p) { return resolve(doc, p); });
        if (params.length) {
            box.appendChild(table('Paramètres', ['Nom', 'Où', 'Requis', 'Description', 'Exemple'], params.map(function (p) {
                return [p.name, p.in, p.required ? 'oui' : 'non', p.description || '',
                    p.example !== undefined ? String(p.example) : ''];
            })));
        }
        if (op.requestBody) {
            var body = resolve(doc, op.requestBody);
            box.appendChild(el('p', 'Corps : ' + Object.keys(body.content || {}).map(function (m) {
                return m + (body.content[m].schema ? ' (' + schemaName(body.content[m].schema) + ')' : '');
            }).join(', ')));
        }
        var responses = op.responses || {};
        box.appendChild(table('Réponses', ['Statut', 'Description', 'Contenu'], Object.keys(responses).map(function (code) {
            var r = resolve(doc, responses[code]);
            return [code, r.description || '', Object.keys(r.content || {}).map(function (m) {
                return m + (r.content[m].schema ? ' (' + schemaName(r.content[m].schema) + ')' : '');
            }).join(', ')];
        })));
        Object.keys(responses).forEach(function (code) {
            examplesOf(resolve(doc, responses[code]).content).forEach(function (example) {
                box.appendChild(el('p', 'Exemple ' + code + ' — ' + example.name + ' (' + example.media + ') :'));
                box.appendChild(el('pre', example.text));
            });
        });
        return box;
    }

    function schemas(doc) {
        var all = (doc.components && doc.components.schemas) || {};
        var section = el('section');
        section.id = 'schemas';
        section.appendChild(el('h2', 'Modèles de données'));
        Object.keys(all).sort().forEach(function (name) {
            var schema = all[name];
            var box = el('section', null, 'operation');
            box.id = 'schema-' + name;
            box.appendChild(el('h3', name));
            if (schema.description) { box.appendChild(el('p', schema.description)); }
            var props = schema.properties || {};
            box.appendChild(table('Champs de ' + name, ['Champ', 'Type', 'Description'], Object.keys(props).map(function (p) {
                var prop = props[p];
                var type = schemaName(prop) + (prop.enum ? ' : ' + prop.enum.join(', ') : '') + (prop.format ? ' (' + prop.format + ')' : '');
                return [p, type, prop.description || ''];
            })));
            section.appendChild(box);
        });
        return section;
    }

    function render(doc) {
        document.getElementById('titre').textContent = doc.info.title;
        document.getElementById('version').textContent = 'Version ' + doc.info.version + ' — OpenAPI ' + doc.openapi;
        document.getElementById('description').textContent = doc.info.description || '';
        var target = document.getElementById('operations');
        target.textContent = '';
        var links = document.getElementById('liens');
        var byTag = {};
        var tagOrder = (doc.tags || []).map(function (t) { return t.name; });
        Object.keys(doc.paths || {}).sort().forEach(function (path) {
            ['get', 'post', 'put', 'patch', 'delete'].forEach(function (method) {
                var op = doc.paths[path][method];
                if (!op) { return; }
                var tag = (op.tags && op.tags[0]) || 'Autres';
                if (tagOrder.indexOf(tag) < 0) { tagOrder.push(tag); }
                (byTag[tag] = byTag[tag] || []).push(operation(doc, path, method, op));
            });
        });
        tagOrder.forEach(function (tag, i) {
            if (!byTag[tag]) { return; }
            var section = el('section');
            section.id = 'groupe-' + i;
            section.appendChild(el('h2', tag));
            var described = (doc.tags || []).filter(function (t) { return t.name === tag; })[0];
            if (described && described.description) { section.appendChild(el('p', described.description)); }
            byTag[tag].forEach(function (box) { section.appendChild(box); });
            target.appendChild(section);
            var li = el('li');
            var a = el('a', tag);
            a.href = '#' + section.id;
            li.appendChild(a);
            links.insertBefore(li, links.lastElementChild);
        });
        target.appendChild(schemas(doc));
        var li = el('li');
        var a = el('a', 'Modèles de données');
        a.href = '#schemas';
        li.appendChild(a);
        links.insertBefore(li, links.lastElementChild);
        if (location.hash) {
            var anchor = document.getElementById(location.hash.substring(1));
            if (anchor) { anchor.scrollIntoView(); }
        }
    }

    document.addEventListener('DOMContentLoaded', function () {
        fetch('/api/openapi?format=JSON', { headers: { Accept: 'application/json' } })
            .then(function (response) {
                if (!response.ok) { throw new Error('HTTP ' + response.status); }
                return response.json();
            })
            .then(render)
            .catch(function (error) {
                document.getElementById('operations').textContent =
                    'La description de l\'API n\'a pas pu être chargée (' + error.message + ').';
            });
    });
}());

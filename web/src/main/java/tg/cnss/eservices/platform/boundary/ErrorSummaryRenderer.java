package tg.cnss.eservices.platform.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.Renderer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Renders every {@code h:messages} of the portal as the error summary quality.md asks for: a
 * list whose message about a field is a link to that field (the field's own label and how to fix
 * it), so that a keyboard or screen-reader user goes straight to it; messages about no field are
 * plain items. Without messages, an element with the component's id is kept for the pages that
 * show or update it.
 */
public class ErrorSummaryRenderer extends Renderer {

    private record Item(String fieldId, String text) {}

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        UIMessages messages = (UIMessages) component;
        if (!messages.isRendered()) {
            return;
        }
        List<Item> items = items(context, messages);
        ResponseWriter writer = context.getResponseWriter();
        String styleClass = (String) component.getAttributes().get("styleClass");
        if (items.isEmpty()) {
            writer.startElement("span", component);
            writer.writeAttribute("id", component.getClientId(context), "id");
            writer.endElement("span");
            return;
        }
        writer.startElement("ul", component);
        writer.writeAttribute("id", component.getClientId(context), "id");
        if (styleClass != null) {
            writer.writeAttribute("class", styleClass, "styleClass");
        }
        for (Item item : items) {
            writer.startElement("li", component);
            if (item.fieldId() == null) {
                writer.writeText(item.text(), null);
            } else {
                writer.startElement("a", component);
                writer.writeAttribute("href", "#" + item.fieldId(), null);
                writer.writeAttribute("data-field", item.fieldId(), null);
                writer.writeText(item.text(), null);
                writer.endElement("a");
            }
            writer.endElement("li");
        }
        writer.endElement("ul");
    }

    private static List<Item> items(FacesContext context, UIMessages messages) {
        List<Item> items = new ArrayList<>();
        boolean summary = messages.isShowSummary();
        boolean detail = messages.isShowDetail();
        Iterator<String> clientIds =
                messages.isGlobalOnly() ? List.<String>of().iterator() : context.getClientIdsWithMessages();
        for (FacesMessage message : context.getMessageList(null)) {
            items.add(new Item(null, text(message, summary, detail)));
        }
        while (clientIds.hasNext()) {
            String clientId = clientIds.next();
            if (clientId == null) {
                continue;
            }
            // A field's message links to it; a message about a non-input component stays plain text.
            boolean field = context.getViewRoot().findComponent(clientId) instanceof UIInput;
            for (FacesMessage message : context.getMessageList(clientId)) {
                items.add(new Item(field ? clientId : null, text(message, summary, detail)));
            }
        }
        return items;
    }

    private static String text(FacesMessage message, boolean summary, boolean detail) {
        String first = summary ? message.getSummary() : null;
        String second = detail ? message.getDetail() : null;
        if (first == null || first.isBlank()) {
            return second == null ? "" : second;
        }
        return second == null || second.isBlank() || second.equals(first) ? first : first + " " + second;
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeChildren(FacesContext context, UIComponent component) {
        // h:messages has no children to render
    }
}
